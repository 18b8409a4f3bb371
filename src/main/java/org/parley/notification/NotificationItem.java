package org.parley.notification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.WordDiff;

/**
 * A notification with its substance, for the page and the mails: the paragraph's words, the comment,
 * the proposed wording and its diff against the words it was proposed for, the decision and its reason.
 */
record NotificationItem(long id, NotificationKind kind, Instant createdAt, @Nullable Instant readAt,
                        long consultationId, String consultationTitle, String consultationSlug, @Nullable Long paragraphId,
                        @Nullable String paragraphNumber, @Nullable String paragraphAnchor, @Nullable String paragraphText, @Nullable Long commentId,
                        @Nullable String commentBody, @Nullable String authorName, @Nullable String proposedText,
                        List<WordDiff.DiffPart> diff, @Nullable String proposalStatus, @Nullable String decisionReason,
                        @Nullable String reason, @Nullable Long sessionId, @Nullable String sessionTitle) {

    /** Where "See in context" leads: the comment, the paragraph, or the consultation. */
    public String link() {
        if (commentId != null && commentBody != null) {
            return "/comments/" + commentId;
        }
        return "/c/" + consultationSlug + (paragraphAnchor == null ? "" : "/p/" + paragraphAnchor);
    }

    public boolean unread() {
        return readAt == null;
    }

    /** What the line about it says, as message arguments: who, which paragraph, which consultation, which session. */
    public Object[] arguments() {
        return new Object[] {authorName == null ? "" : authorName, paragraphNumber == null ? "" : paragraphNumber,
                consultationTitle, sessionTitle == null ? "" : sessionTitle};
    }

    /** The message of its line: a decision's says what was decided. */
    public String lineKey() {
        boolean decided = "ACCEPTED".equals(proposalStatus) || "ACCEPTED_WITH_EDITS".equals(proposalStatus)
                || "REJECTED".equals(proposalStatus);
        return "notification.line." + kind.name() + (kind.isDecision() && decided ? "." + proposalStatus : "");
    }

    /** What can be unfollowed from here: the paragraph, else the session, else the consultation. */
    public FollowTarget followTarget() {
        return paragraphId != null ? FollowTarget.PARAGRAPH : sessionId != null ? FollowTarget.SESSION : FollowTarget.CONSULTATION;
    }
}
