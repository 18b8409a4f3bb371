package org.parley.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One version of a paragraph: its words, and who made it when and why. */
public record VersionView(long id, long paragraphId, int n, String text, String html, VersionSource source,
                          @Nullable String changeNote, @Nullable Long authorId, @Nullable Long proposalId,
                          Instant createdAt) {
}
