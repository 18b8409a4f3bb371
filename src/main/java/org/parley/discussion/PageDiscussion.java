package org.parley.discussion;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the discussion adds to the reading page: counts, the sidebar, and the thread that is open. */
public record PageDiscussion(Map<Long, Integer> counts, List<RecentComment> recent, @Nullable ThreadView open) {

    public int count(long paragraphId) {
        return counts.getOrDefault(paragraphId, 0);
    }

    /** Published comments on the whole text. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isOpen(long paragraphId) {
        return open != null && open.paragraphId() == paragraphId;
    }
}
