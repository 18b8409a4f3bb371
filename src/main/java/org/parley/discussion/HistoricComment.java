package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment written before it came to Parley — on an earlier platform, or in the demo — with
 * its original date. It is checked and rendered like any comment, but not against the dates the
 * consultation is open, which it predates.
 *
 * @param quote the exact words of the paragraph it is about, if any; they must be in the paragraph
 */
public record HistoricComment(long paragraphId, long authorId, @Nullable Long parentId, String body,
                              @Nullable String quote, Instant createdAt) {
}
