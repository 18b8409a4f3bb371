package org.parley.consultation;

/**
 * The paragraph a new comment goes to, with what decides whether it is taken — the
 * consultation's status and dates — and whether it is held for a moderator. Read in one
 * statement: posting is the busiest write.
 */
public record CommentTarget(ConsultationSummary consultation, ParagraphRef paragraph, ModerationRules moderation) {
}
