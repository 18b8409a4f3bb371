package org.parley.audit;

import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an act in the audit log. Call it inside the transaction of the act, so that the act and
 * its record are written together or not at all.
 *
 * <p>{@code action} is lower case, dotted: {@code consultation.created}, {@code proposal.accepted}.
 * {@code before} and {@code after} are any values Jackson can write (records, maps, strings), or
 * null when there is no such state (nothing before a creation).
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an act by the given account; a null actor is Parley itself (start-up, demo, a scheduled job). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable Long actorId, String action, String subjectType, @Nullable Long subjectId,
                       @Nullable Object before, @Nullable Object after) {
        jdbc.sql("""
                        INSERT INTO audit_event (actor_id, action, subject_type, subject_id, before_state, details)
                        VALUES (:actor, :action, :subjectType, :subjectId, CAST(:before AS jsonb),
                                COALESCE(CAST(:after AS jsonb), '{}'::jsonb))""")
                .param("actor", actorId)
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** Records an act by whoever is signed in on this thread (nobody: Parley itself). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, @Nullable Long subjectId, @Nullable Object before,
                       @Nullable Object after) {
        record(currentActor(), action, subjectType, subjectId, before, after);
    }

    private static @Nullable Long currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                ? account.id() : null;
    }
}
