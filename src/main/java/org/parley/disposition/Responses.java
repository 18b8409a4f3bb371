package org.parley.disposition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.discussion.CommentResponse;
import org.parley.discussion.CommentResponses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads responses: a comment's current one — written by an organiser, or else read from the
 * decision on a proposal (accepted: addressed in the version it made, with the decision's note;
 * rejected: not taken up, with the reason) — and the ones it replaced.
 */
@Component
@Transactional(readOnly = true)
public class Responses implements CommentResponses {

    /**
     * The current response's columns of comment {@code m}: {@code response_status} is null when it
     * has none. Used with {@link #JOINS}.
     */
    static final String COLUMNS = """
            COALESCE(r.status, CASE WHEN m.proposal_status IN ('ACCEPTED', 'ACCEPTED_WITH_EDITS') THEN 'ADDRESSED'
                                    WHEN m.proposal_status = 'REJECTED' THEN 'NOT_TAKEN_UP' END) AS response_status,
            CASE WHEN r.id IS NOT NULL THEN r.version_n ELSE made.n END AS response_version,
            CASE WHEN r.id IS NOT NULL THEN r.note WHEN m.proposal_status = 'REJECTED' THEN m.decision_reason
                 ELSE made.change_note END AS response_note,
            responder.display_name AS responder, responder.deleted_at IS NOT NULL AS responder_deleted,
            COALESCE(r.responded_at, m.decided_at, m.created_at) AS responded_at, r.id IS NULL AS from_decision""";

    static final String JOINS = """
            LEFT JOIN comment_response r ON r.comment_id = m.id AND r.replaced_at IS NULL
            LEFT JOIN consultation.paragraph_version made ON made.paragraph_id = m.paragraph_id AND made.proposal_id = m.id
            LEFT JOIN account.participant responder ON responder.id = COALESCE(r.responded_by, m.decided_by)""";

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, CommentResponse> of(Collection<Long> commentIds) {
        var responses = new HashMap<Long, CommentResponse>();
        if (commentIds.isEmpty()) {
            return responses;
        }
        jdbc.sql("SELECT m.id, " + COLUMNS + " FROM discussion.comment m " + JOINS + " WHERE m.id IN (:ids)")
                .param("ids", commentIds)
                .query(rs -> {
                    var response = read(rs);
                    if (response != null) {
                        responses.put(rs.getLong("id"), response);
                    }
                });
        return responses;
    }

    /** The response in a row selected with {@link #COLUMNS}, or null. */
    static @Nullable CommentResponse read(ResultSet rs) throws SQLException {
        String status = rs.getString("response_status");
        if (status == null) {
            return null;
        }
        int version = rs.getInt("response_version");
        Integer named = rs.wasNull() ? null : version;
        String note = rs.getString("response_note");
        return new CommentResponse(status, named, note == null ? "" : note,
                rs.getBoolean("responder_deleted") ? null : rs.getString("responder"),
                rs.getTimestamp("responded_at").toInstant(), rs.getBoolean("from_decision"));
    }

    /** A response an organiser gave, current or replaced. */
    public record Given(ResponseStatus status, @Nullable Integer version, String note, @Nullable String by,
                        Instant at, @Nullable Instant replacedAt) {

        public String statusKey() {
            return new CommentResponse(status.name(), version, note, by, at, false).statusKey();
        }
    }

    /** Every response organisers gave to a comment, newest first. */
    List<Given> history(long commentId) {
        record Row(String status, @Nullable Integer versionN, String note, @Nullable String displayName,
                   @Nullable Timestamp deletedAt, Timestamp respondedAt, @Nullable Timestamp replacedAt) {
        }
        return jdbc.sql("""
                        SELECT r.status, r.version_n, r.note, a.display_name, a.deleted_at, r.responded_at, r.replaced_at
                        FROM comment_response r LEFT JOIN account.participant a ON a.id = r.responded_by
                        WHERE r.comment_id = :comment ORDER BY r.id DESC""")
                .param("comment", commentId)
                .query(Row.class)
                .list()
                .stream()
                .map(row -> new Given(ResponseStatus.valueOf(row.status()), row.versionN(), row.note(),
                        row.deletedAt() == null ? row.displayName() : null, row.respondedAt().toInstant(),
                        row.replacedAt() == null ? null : row.replacedAt().toInstant()))
                .toList();
    }

    /** The comment in this consultation, whatever its status. */
    ResponseTarget target(String slug, long commentId) {
        return jdbc.sql("""
                        SELECT m.id, m.paragraph_id, m.status, m.body_html, m.quote_exact AS quote,
                               CASE WHEN a.deleted_at IS NULL THEN a.display_name END AS author, m.proposal_status,
                               c.slug, c.title, p.anchor, p.number, p.current_version
                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.consultation c ON c.id = p.consultation_id
                        LEFT JOIN account.participant a ON a.id = m.author_id
                        WHERE m.id = :id AND c.slug = :slug""")
                .param("id", commentId)
                .param("slug", slug)
                .query(ResponseTarget.class)
                .optional()
                .orElseThrow(() -> new ResponseTargetNotFound(slug, commentId));
    }
}
