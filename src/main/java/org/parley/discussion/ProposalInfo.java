package org.parley.discussion;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;

/**
 * A proposal as its thread shows it: the words it starts from and the words it proposes, where it
 * stands, and who supports it.
 *
 * @param change from the passage it rewords, or the paragraph as it read when it was written, to the proposed words
 */
public record ProposalInfo(Diffs.Change change, boolean forPassage, ProposalStatus status,
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
