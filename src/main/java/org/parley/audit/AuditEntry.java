package org.parley.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit log as admins read it; the states are the JSON as stored. */
record AuditEntry(long id, Instant occurredAt, @Nullable String actorName, @Nullable Long actorId, String action,
                  String subjectType, @Nullable Long subjectId, @Nullable String before, String after) {
}
