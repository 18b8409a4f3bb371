package org.parley.account;

import org.jspecify.annotations.Nullable;

/**
 * How a participant is shown beside what they wrote. It has no email on purpose: emails are for
 * admins and for the person themselves, never for other readers.
 */
public record ParticipantView(long id, String displayName, @Nullable String affiliation,
                              StakeholderGroup stakeholderGroup, @Nullable String country, boolean confirmed) {
}
