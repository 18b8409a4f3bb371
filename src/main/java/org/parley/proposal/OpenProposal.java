package org.parley.proposal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;

/** A proposal waiting for the organisers, as their list shows it. */
record OpenProposal(long id, String consultationTitle, String slug, String anchor, String paragraphNumber,
                    @Nullable String sessionCode, String author, Instant createdAt, boolean stale, int supporters,
                    Diffs.Change change) {
}
