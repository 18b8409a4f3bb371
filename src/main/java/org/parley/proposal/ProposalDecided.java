package org.parley.proposal;

import org.parley.discussion.ProposalStatus;

/** Published after a decision is committed: people who took part in the thread are told. */
record ProposalDecided(long proposalId, long paragraphId, ProposalStatus outcome, long decidedBy) {
}
