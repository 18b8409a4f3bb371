package org.parley.proposal;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser sends: the version of the paragraph they saw, and the edited text, change
 * note or reason that goes with the decision.
 */
record DecisionForm(@Nullable Integer expectedVersion, @Nullable String text, @Nullable String note,
                    @Nullable String reason) {

    int expected() {
        return expectedVersion == null ? 0 : expectedVersion;
    }
}
