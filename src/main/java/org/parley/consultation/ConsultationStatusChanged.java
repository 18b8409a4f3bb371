package org.parley.consultation;

import java.util.UUID;

/** A consultation opened, closed or was published; its followers are told. */
public record ConsultationStatusChanged(UUID id, long consultationId, ConsultationStatus status) {
}
