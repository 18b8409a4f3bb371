package org.parley.discussion;

import java.time.Instant;

/** A line of the "Recent comments" sidebar: who, when, the first words, and the way to it. */
public record RecentComment(long id, String author, Instant createdAt, String excerpt, String paragraphNumber) {
}
