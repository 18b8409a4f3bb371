package org.parley.proposal;

import java.util.UUID;

import org.parley.discussion.ProposalStatus;

/** Published with a decision, through Spring Modulith's registry: the author and the followers are told. */
public record ProposalDecided(UUID id, long proposalId, long paragraphId, ProposalStatus outcome, long decidedBy) {
}
