package org.parley.discussion;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as its thread shows it: the words it starts from and the words it proposes, where it
 * stands, and who supports it.
 *
 * @param original the passage it rewords, or the paragraph as it read when the proposal was written
 */
public record ProposalInfo(String original, String proposed, boolean forPassage, ProposalStatus status,
                           @Nullable String decisionReason, @Nullable String decidedBy, @Nullable Instant decidedAt,
                           List<String> supporters, boolean supportedByViewer, boolean viewerMaySupport,
                           boolean viewerMayDecide) {

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }

    public boolean isRejected() {
        return status == ProposalStatus.REJECTED;
    }
}
