package org.parley.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A paragraph's thread read a page at a time: the database counts the conversations and finds
 * where a comment sits, and only the comments of one page are read. What a request holds then
 * stays the same however long a thread grows (17,000 comments read whole took 40 MB a request).
 * A viewer sees the published, hidden and withdrawn comments, and their own waiting for approval.
 */
@Component
class ThreadRows {

    private static final long NOBODY = -1;

    private final JdbcClient jdbc;

    ThreadRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many conversations and published comments the thread has, and where the comments to show are. */
    record Outline(int conversations, long visible, @Nullable Integer highlightedAt, @Nullable Integer replyingToAt) {
    }

    /**
     * The thread's counts, and for the highlighted comment and the one replied to the position
     * (0-based) of the conversation holding it, null if the viewer cannot see it in this thread.
     */
    Outline outline(long paragraphId, @Nullable Long viewerId, @Nullable Long highlighted, @Nullable Long replyingTo) {
        return jdbc.sql("""
                        WITH RECURSIVE thread AS (
                            SELECT id, parent_id, status, created_at FROM comment
                            WHERE paragraph_id = :paragraph AND (status <> 'PENDING' OR author_id = :viewer)
                        ), up AS (
                            SELECT id AS start, id, parent_id FROM thread WHERE id IN (:highlighted, :replyingTo)
                          UNION ALL
                            SELECT up.start, t.id, t.parent_id FROM thread t JOIN up ON t.id = up.parent_id
                        ), conversation_of AS (
                            SELECT up.start, (SELECT count(*)::int FROM thread earlier WHERE earlier.parent_id IS NULL
                                    AND (earlier.created_at, earlier.id) < (root.created_at, root.id)) AS position
                            FROM up JOIN thread root ON root.id = up.id WHERE up.parent_id IS NULL
                        )
                        SELECT (SELECT count(*)::int FROM thread WHERE parent_id IS NULL) AS conversations,
                               (SELECT count(*) FROM thread WHERE status = 'PUBLISHED') AS visible,
                               (SELECT position FROM conversation_of WHERE start = :highlighted) AS highlighted_at,
                               (SELECT position FROM conversation_of WHERE start = :replyingTo) AS replying_to_at""")
                .param("paragraph", paragraphId)
                .param("viewer", viewerId == null ? NOBODY : viewerId)
                .param("highlighted", highlighted == null ? NOBODY : highlighted)
                .param("replyingTo", replyingTo == null ? NOBODY : replyingTo)
                .query((rs, row) -> new Outline(rs.getInt("conversations"), rs.getLong("visible"),
                        rs.getObject("highlighted_at", Integer.class), rs.getObject("replying_to_at", Integer.class)))
                .single();
    }

    /** The comments of the page's conversations, oldest first. */
    List<CommentRow> page(long paragraphId, @Nullable Long viewerId, ThreadPage page) {
        return jdbc.sql("""
                        WITH RECURSIVE conversation AS (
                            (SELECT id FROM comment
                             WHERE paragraph_id = :paragraph AND parent_id IS NULL
                               AND (status <> 'PENDING' OR author_id = :viewer)
                             ORDER BY created_at, id LIMIT :size OFFSET :skipped)
                          UNION ALL
                            SELECT m.id FROM comment m JOIN conversation c ON m.parent_id = c.id
                            WHERE m.status <> 'PENDING' OR m.author_id = :viewer
                        )
                        SELECT m.id, m.paragraph_id, m.parent_id, m.author_id, m.body_html, m.quote_exact AS quote, m.status,
                               m.created_at, m.edited_at, m.moderation_reason, v.n AS version_number,
                               CASE WHEN m.proposed_text IS NOT NULL THEN v.text END AS version_text,
                               m.proposed_text, m.proposal_status, m.decision_reason, m.decided_by, m.decided_at,
                               m.quote_detached_at IS NOT NULL AS quote_detached,
                               CASE WHEN m.quote_detached_at IS NULL AND m.quote_original IS DISTINCT FROM m.quote_exact
                                    THEN m.quote_original END AS quote_before
                        FROM conversation JOIN comment m ON m.id = conversation.id
                        JOIN consultation.paragraph_version v ON v.id = m.version_id
                        ORDER BY m.created_at, m.id""")
                .param("paragraph", paragraphId)
                .param("viewer", viewerId == null ? NOBODY : viewerId)
                .param("size", ThreadPage.SIZE)
                .param("skipped", page.skipped())
                .query(ThreadRows::row)
                .list();
    }

    private static CommentRow row(ResultSet rs, int row) throws SQLException {
        return new CommentRow(rs.getLong("id"), rs.getLong("paragraph_id"),
                rs.getObject("parent_id", Long.class), rs.getObject("author_id", Long.class),
                rs.getString("body_html"), rs.getString("quote"), CommentStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("edited_at")),
                rs.getString("moderation_reason"), rs.getInt("version_number"), rs.getString("version_text"),
                rs.getString("proposed_text") == null ? null : new CommentRow.Proposed(rs.getString("proposed_text"),
                        ProposalStatus.valueOf(rs.getString("proposal_status")), rs.getString("decision_reason"),
                        rs.getObject("decided_by", Long.class), instant(rs.getTimestamp("decided_at"))),
                rs.getBoolean("quote_detached"), rs.getString("quote_before"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
