package org.parley.session;

import java.util.UUID;

/** Organisers marked a session's messages final; its followers are told. */
public record SessionMarkedFinal(UUID id, long sessionId, long consultationId, long markedBy) {
}
