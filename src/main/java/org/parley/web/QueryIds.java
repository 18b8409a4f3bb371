package org.parley.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** An id given in a query string (a filter's section, session): blank is none, anything else a positive number. */
public final class QueryIds {

    private QueryIds() {
    }

    /** The id, null when blank; {@code refusal} when it is not a positive number. */
    public static @Nullable Long positive(@Nullable String value, Supplier<? extends RuntimeException> refusal) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 1) {
                throw refusal.get();
            }
            return id;
        } catch (NumberFormatException notANumber) {
            throw refusal.get();
        }
    }
}
