package org.parley.discussion;

/** Where a proposed rewording stands. Only an open proposal can be supported, withdrawn or decided on. */
public enum ProposalStatus {
    OPEN,
    ACCEPTED,
    ACCEPTED_WITH_EDITS,
    REJECTED,
    WITHDRAWN,
    SUPERSEDED;

    public boolean isAccepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_EDITS;
    }
}
