package org.parley.account;

import org.jspecify.annotations.Nullable;

/** How a participant appears to others: never with their email, which only admins see. */
public record ParticipantView(long id, String displayName, @Nullable String affiliation,
                              StakeholderGroup stakeholderGroup, @Nullable String country, boolean confirmed) {
}
