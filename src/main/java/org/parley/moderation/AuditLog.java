package org.parley.moderation;

import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;
import org.parley.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Writes a moderator's act (or a participant's flag) to the audit trail, in the transaction of the act itself. */
@Component
class AuditLog {

    private final AuditTrail trail;

    AuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    void record(long actorId, String action, String subjectType, long subjectId, @Nullable String reason,
                @Nullable Integer released) {
        var details = new LinkedHashMap<String, Object>();
        if (reason != null) {
            details.put("reason", reason);
        }
        if (released != null) {
            details.put("released", released);
        }
        trail.record(actorId, action, subjectType, subjectId, null, details);
    }
}
