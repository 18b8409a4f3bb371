package org.parley.moderation;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes who did what to the audit_event table, in the transaction of the act itself. */
@Component
class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long actorId, String action, String subjectType, long subjectId, @Nullable String reason,
                @Nullable Integer released) {
        jdbc.sql("""
                        INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
                        VALUES (:actor, :action, :subjectType, :subjectId, jsonb_strip_nulls(jsonb_build_object(
                                'reason', CAST(:reason AS text), 'released', CAST(:released AS integer))))""")
                .param("actor", actorId)
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("reason", reason)
                .param("released", released)
                .update();
    }
}
