package org.parley.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.WordDiff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads notifications with their substance through the owners' views (decision 28). A comment's
 * words are shown only while it is published, or to its own author.
 */
@Component
class NotificationReader {

    private static final String SELECT = """
            SELECT n.id, n.consultation_id, n.kind, n.created_at, n.read_at, n.reason, n.paragraph_id, n.comment_id, n.session_id,
                   c.title AS consultation_title, c.slug, p.number, p.anchor,
                   COALESCE(proposed_on.text, current_text.text) AS paragraph_text,
                   CASE WHEN m.status = 'PUBLISHED' OR m.author_id = n.recipient_id THEN m.body END AS body,
                   CASE WHEN m.status = 'PUBLISHED' OR m.author_id = n.recipient_id THEN m.proposed_text END AS proposed_text,
                   m.proposal_status, m.decision_reason, a.display_name AS author_name, s.title AS session_title
            FROM notification n
            JOIN consultation.consultation c ON c.id = n.consultation_id
            LEFT JOIN consultation.paragraph p ON p.id = n.paragraph_id
            LEFT JOIN consultation.paragraph_version current_text ON current_text.paragraph_id = p.id AND current_text.n = p.current_version
            LEFT JOIN discussion.comment m ON m.id = n.comment_id
            LEFT JOIN consultation.paragraph_version proposed_on ON proposed_on.id = m.version_id AND m.proposed_text IS NOT NULL
            LEFT JOIN account.participant a ON a.id = m.author_id
            LEFT JOIN session.session s ON s.id = n.session_id
            """;

    private final JdbcClient jdbc;

    NotificationReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's latest notifications, newest first. */
    List<NotificationItem> latest(long recipientId, int limit) {
        return jdbc.sql(SELECT + " WHERE n.recipient_id = :recipient ORDER BY n.id DESC LIMIT :limit")
                .param("recipient", recipientId).param("limit", limit)
                .query((rs, row) -> item(rs)).list();
    }

    /** These notifications, grouped for a mail: by consultation, then in the text's order. */
    List<NotificationItem> forMail(Collection<Long> ids) {
        return jdbc.sql(SELECT + " WHERE n.id = ANY(:ids) ORDER BY c.title, c.id, p.position NULLS FIRST, n.id")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> item(rs)).list();
    }

    /** One of the person's notifications, if it is theirs. */
    @Nullable NotificationItem own(long recipientId, long id) {
        return jdbc.sql(SELECT + " WHERE n.recipient_id = :recipient AND n.id = :id")
                .param("recipient", recipientId).param("id", id)
                .query((rs, row) -> item(rs)).optional().orElse(null);
    }

    private static NotificationItem item(ResultSet rs) throws SQLException {
        String paragraphText = rs.getString("paragraph_text");
        String proposed = rs.getString("proposed_text");
        var diff = proposed == null || paragraphText == null ? List.<WordDiff.DiffPart>of()
                : WordDiff.words(paragraphText, proposed);
        Timestamp readAt = rs.getTimestamp("read_at");
        return new NotificationItem(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant(),
                rs.getLong("consultation_id"), rs.getString("consultation_title"), rs.getString("slug"), (Long) rs.getObject("paragraph_id"),
                rs.getString("number"), rs.getString("anchor"), paragraphText, (Long) rs.getObject("comment_id"), rs.getString("body"),
                rs.getString("author_name"), proposed, diff, rs.getString("proposal_status"),
                rs.getString("decision_reason"), rs.getString("reason"), (Long) rs.getObject("session_id"),
                rs.getString("session_title"));
    }
}
