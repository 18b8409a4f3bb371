package org.parley.disposition;

import java.util.Optional;

/** What became of a comment, as the organisers answer it. */
public enum ResponseStatus {
    ADDRESSED,
    PARTLY_ADDRESSED,
    NOT_TAKEN_UP,
    OUT_OF_SCOPE,
    NOTED;

    /** Addressed names the version it led to; partly addressed may. */
    boolean takesVersion() {
        return this == ADDRESSED || this == PARTLY_ADDRESSED;
    }

    static Optional<ResponseStatus> parse(String name) {
        for (var status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
