package org.parley.disposition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a response as given, with no checks of its own: the current one is kept as replaced, the
 * new one becomes current, and the audit log says who changed what. {@link ResponseService} checks
 * first; the demo writes the responses of its history through here, on their dates.
 */
@Component
public class ResponseWriter {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ResponseWriter(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void write(long commentId, ResponseStatus status, @Nullable Integer version, String note,
                      @Nullable Long by, Instant at) {
        var before = jdbc.sql("""
                        SELECT status, version_n, note FROM comment_response
                        WHERE comment_id = :comment AND replaced_at IS NULL FOR UPDATE""")
                .param("comment", commentId)
                .query((rs, row) -> described(rs.getString("status"), (Integer) rs.getObject("version_n"), rs.getString("note")))
                .optional();
        var now = Timestamp.from(at);
        jdbc.sql("UPDATE comment_response SET replaced_at = :now WHERE comment_id = :comment AND replaced_at IS NULL")
                .param("now", now).param("comment", commentId).update();
        try {
            jdbc.sql("""
                            INSERT INTO comment_response (comment_id, status, version_n, note, responded_by, responded_at)
                            VALUES (:comment, :status, :version, :note, :by, :now)""")
                    .param("comment", commentId).param("status", status.name()).param("version", version)
                    .param("note", note).param("by", by).param("now", now)
                    .update();
        } catch (DuplicateKeyException meanwhile) {
            // another organiser's first response committed between our read and our write
            throw new ResponseRefused("response.refused.meanwhile");
        }
        audit.record(by, before.isPresent() ? "comment.response.changed" : "comment.response.given",
                "comment", commentId, before.orElse(null), described(status.name(), version, note));
    }

    private static Map<String, Object> described(String status, @Nullable Integer version, String note) {
        var state = new LinkedHashMap<String, Object>();
        state.put("status", status);
        if (version != null) {
            state.put("version", version);
        }
        state.put("note", note);
        return state;
    }
}
