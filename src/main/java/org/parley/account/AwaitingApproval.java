package org.parley.account;

import java.time.Instant;

/**
 * A participant an admin has not approved yet, as the moderation queue shows them. It carries
 * the email, so it is for admin pages only.
 */
public record AwaitingApproval(ParticipantView participant, String email, Instant registeredAt) {
}
