package org.parley.proposal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;
import org.parley.consultation.Rebases;

/**
 * A proposal waiting for the organisers, as their list shows it.
 *
 * @param writtenOn the version of the paragraph it was written on
 * @param rebased   when that is no longer the current version: the proposal brought to it
 */
record OpenProposal(long id, String consultationTitle, String slug, String anchor, String paragraphNumber,
                    @Nullable String sessionCode, String author, Instant createdAt, boolean stale, int writtenOn,
                    int supporters, Diffs.Change change, Rebases.@Nullable View rebased) {
}
