package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A comment as stored, read for a thread. */
record CommentRow(long id, long paragraphId, @Nullable Long parentId, @Nullable Long authorId, String bodyHtml,
                  @Nullable String quote, CommentStatus status, Instant createdAt, @Nullable Instant editedAt,
                  @Nullable String moderationReason) {
}
