package org.parley.consultation;

import org.jspecify.annotations.Nullable;

/** A section as the admin assigns it to a session: its heading, its depth, and its session if it has one. */
public record SectionHeading(long id, int depth, @Nullable String number, @Nullable String title,
                             @Nullable Long sessionId) {
}
