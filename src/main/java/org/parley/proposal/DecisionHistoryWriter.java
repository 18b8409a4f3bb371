package org.parley.proposal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.consultation.NewVersion;
import org.parley.consultation.TextHistoryWriter;
import org.parley.consultation.VersionSource;
import org.parley.discussion.DiscussionHistoryWriter;
import org.parley.discussion.ProposalStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records organisers' decisions taken before they came to Parley — in the demo, or on another
 * platform — with their original dates. The same checks as {@link ProposalService}'s, but the
 * version and the decision keep their original time and nobody is mailed.
 */
@Component
public class DecisionHistoryWriter {

    private final ProposalService proposals;
    private final TextHistoryWriter texts;
    private final DiscussionHistoryWriter discussions;

    DecisionHistoryWriter(ProposalService proposals, TextHistoryWriter texts, DiscussionHistoryWriter discussions) {
        this.proposals = proposals;
        this.texts = texts;
        this.discussions = discussions;
    }

    /** A past acceptance of a proposal with the organiser's edits; see {@link ProposalService#acceptWithEdits}. */
    @Transactional
    public int writeAcceptedWithEdits(long proposalId, Viewer organiser, int expectedVersion, String text,
                                      @Nullable String note, Instant decidedAt) {
        var proposal = proposals.openProposal(proposalId);
        var paragraph = proposals.decidable(proposal.paragraphId(), organiser);
        ProposalService.requireText(text, paragraph);
        var version = new NewVersion(paragraph.id(), expectedVersion, text.strip(), VersionSource.PROPOSAL,
                ProposalService.blankToNull(note), organiser.accountId(), proposalId);
        int n = proposals.recorded("proposal.imported_decision", paragraph, version,
                texts.writeVersion(version, decidedAt));
        discussions.writeDecision(proposalId, ProposalStatus.ACCEPTED_WITH_EDITS, organiser.accountId(),
                ProposalService.blankToNull(note), decidedAt);
        return n;
    }

    /** A past organisers' edit; see {@link ProposalService#edit}. */
    @Transactional
    public int writeEdit(long paragraphId, Viewer organiser, int expectedVersion, String text, String note,
                         Instant editedAt) {
        var paragraph = proposals.decidable(paragraphId, organiser);
        var version = ProposalService.organisersEdit(paragraph, organiser, expectedVersion, text, note);
        return proposals.recorded("paragraph.imported_edit", paragraph, version, texts.writeVersion(version, editedAt));
    }
}
