package org.parley.proposal;

import java.time.Instant;

/** A recent comment on an organiser's messages. */
record RecentActivity(long commentId, String author, Instant at, String paragraphNumber, String excerpt) {
}
