package org.parley.insights;

import org.parley.discussion.ProposalStatus;

/** A proposal among the most supported: its wording, where it is, how many support it, what became of it. */
public record SupportedProposal(long id, String proposedText, String anchor, String number, int supports, ProposalStatus status) {
}
