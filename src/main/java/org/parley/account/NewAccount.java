package org.parley.account;

import org.jspecify.annotations.Nullable;

/** An account made by Parley itself: the configured admin, demo accounts. */
public record NewAccount(String email, String password, String displayName, Role role,
                         @Nullable String affiliation, StakeholderGroup stakeholderGroup, @Nullable String country) {
}
