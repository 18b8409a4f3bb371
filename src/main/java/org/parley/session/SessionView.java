package org.parley.session;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A session (workshop) of a consultation, as pages and other features see it. */
public record SessionView(long id, long consultationId, String code, String title, @Nullable Instant finalisedAt) {

    public boolean isFinal() {
        return finalisedAt != null;
    }
}
