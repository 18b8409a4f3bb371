package org.parley.importing;

import org.jspecify.annotations.Nullable;

/**
 * A revised text was written over a consultation's live text. Published in the re-import's
 * transaction, for the audit log and caches.
 */
public record TextReimported(String slug, @Nullable Long byAccountId, long unchanged, long changed, long added, long removed,
                             long commentsFollowing, long commentsReanchored, long commentsDetached) {
}
