package org.parley.consultation;

/**
 * The paragraph a new comment goes to, with what decides whether it is taken — the
 * consultation's status and dates, whether its text is final — and whether it is held for a
 * moderator. Read in one statement: posting is the busiest write.
 */
public record CommentTarget(ConsultationSummary consultation, ParagraphRef paragraph, ModerationRules moderation,
                            boolean sessionFinal) {

    /** Published, or its session's messages marked final: no new wording is proposed for it any more. */
    public boolean textIsFinal() {
        return consultation.status() == ConsultationStatus.PUBLISHED || sessionFinal;
    }
}
