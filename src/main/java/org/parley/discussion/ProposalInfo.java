package org.parley.discussion;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;
import org.parley.consultation.Rebases;

/**
 * A proposal as its thread shows it: the words it starts from and the words it proposes, where it
 * stands, and who supports it.
 *
 * @param change from the passage it rewords, or the paragraph as it read when it was written, to the proposed words
 * @param rebased an open proposal written on an older version, brought to the current one: what
 *                accepting it now would change, or that it conflicts with the later versions
 */
public record ProposalInfo(Diffs.Change change, boolean forPassage, ProposalStatus status,
                           @Nullable String decisionReason, @Nullable String decidedBy, @Nullable Instant decidedAt,
                           List<String> supporters, boolean supportedByViewer, boolean viewerMaySupport,
                           boolean viewerMayDecide, Rebases.@Nullable View rebased) {

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }

    public boolean isRejected() {
        return status == ProposalStatus.REJECTED;
    }
}
