package org.parley.insights;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What became of one session's proposals (or all of them, or those outside any session): how many
 * are open, accepted, accepted with edits, rejected; the median time from proposal to decision, and
 * how long the oldest open one has waited.
 */
public record ProposalOutcomes(Part part, @Nullable Long sessionId, @Nullable String sessionCode, @Nullable String sessionTitle,
                               int open, int accepted, int acceptedWithEdits, int rejected,
                               @Nullable Duration medianToDecision, @Nullable Duration longestOpen) {

    public enum Part { SESSION, OUTSIDE_SESSIONS, ALL }

    public int total() {
        return open + accepted + acceptedWithEdits + rejected;
    }
}
