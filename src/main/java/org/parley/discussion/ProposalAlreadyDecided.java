package org.parley.discussion;

/** Someone decided on the proposal first, or its author withdrew it. */
public class ProposalAlreadyDecided extends RuntimeException {

    private final ProposalStatus status;

    ProposalAlreadyDecided(ProposalStatus status) {
        super("The proposal is already " + status);
        this.status = status;
    }

    public ProposalStatus status() {
        return status;
    }
}
