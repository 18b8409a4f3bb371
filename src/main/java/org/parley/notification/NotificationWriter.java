package org.parley.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one event's notifications: one row per recipient, to people who may be mailed
 * ({@code account.mail_recipient}: confirmed, not deleted), never to whoever acted. The unique
 * key (event, recipient) makes a delivery that is tried again insert nothing new, and lets the
 * first kind written for a person win (a reply to them beats a proposal on what they follow).
 */
@Component
class NotificationWriter {

    /** Where an event happened. */
    record Place(long consultationId, @Nullable Long sessionId, @Nullable Long paragraphId, @Nullable Long commentId) {
    }

    /** The followers of a paragraph, of its session and of its consultation. */
    static final String FOLLOWERS_OF_PARAGRAPH = """
            SELECT account_id FROM follow
            WHERE (target_kind = 'PARAGRAPH' AND target_id = CAST(:paragraph AS bigint))
               OR (target_kind = 'SESSION' AND target_id = CAST(:session AS bigint))
               OR (target_kind = 'CONSULTATION' AND target_id = :consultation)""";

    static final String FOLLOWERS_OF_CONSULTATION =
            "SELECT account_id FROM follow WHERE target_kind = 'CONSULTATION' AND target_id = :consultation";

    static final String FOLLOWERS_OF_SESSION =
            "SELECT account_id FROM follow WHERE target_kind = 'SESSION' AND target_id = CAST(:session AS bigint)";

    private final JdbcClient jdbc;

    NotificationWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a paragraph is: its consultation and its section's session. */
    Place placeOf(long paragraphId, @Nullable Long commentId) {
        return jdbc.sql("SELECT p.consultation_id, s.session_id FROM consultation.paragraph p "
                        + "JOIN consultation.section s ON s.id = p.section_id WHERE p.id = :paragraph")
                .param("paragraph", paragraphId)
                .query((rs, row) -> new Place(rs.getLong("consultation_id"), (Long) rs.getObject("session_id"),
                        paragraphId, commentId))
                .single();
    }

    Place placeOfSession(long sessionId, long consultationId) {
        return new Place(consultationId, sessionId, null, null);
    }

    /** The author of the comment {@code subject} names, as a recipient query. */
    static final String AUTHOR_OF_SUBJECT = "SELECT author_id FROM discussion.comment WHERE id = CAST(:subject AS bigint)";

    /**
     * Notifies the accounts {@code recipientsSql} selects, with :paragraph, :session, :consultation and
     * :subject (a comment, such as the one replied to) bound.
     */
    int notify(UUID event, NotificationKind kind, Place place, @Nullable Long actorId, String recipientsSql,
               @Nullable Long subject, @Nullable String reason) {
        return jdbc.sql("INSERT INTO notification (event_id, recipient_id, kind, consultation_id, session_id, paragraph_id, "
                        + "comment_id, reason) SELECT :event, r.id, :kind, :consultation, CAST(:session AS bigint), "
                        + "CAST(:paragraph AS bigint), CAST(:comment AS bigint), CAST(:reason AS text) "
                        + "FROM account.mail_recipient r WHERE r.id IN (" + recipientsSql + ") AND r.id <> :actor "
                        + "ON CONFLICT (event_id, recipient_id) DO NOTHING")
                .param("event", event).param("kind", kind.name()).param("consultation", place.consultationId())
                .param("session", place.sessionId()).param("paragraph", place.paragraphId())
                .param("comment", place.commentId()).param("reason", reason).param("subject", subject)
                .param("actor", actorId == null ? -1L : actorId)
                .update();
    }
}
