package org.parley.discussion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * New wording that a comment proposes: for the whole paragraph, or — when the comment quotes a
 * passage — for that passage only; and the organisers' decision on it.
 */
@Embeddable
class Proposal {

    @Column(name = "proposed_text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_status")
    private ProposalStatus status = ProposalStatus.OPEN;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_reason")
    private @Nullable String reason;

    protected Proposal() {
        this.text = "";
    }

    Proposal(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    ProposalStatus status() {
        return status;
    }

    boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }

    void decide(ProposalStatus outcome, long by, @Nullable String reason, Instant now) {
        if (!isOpen()) {
            throw new ProposalAlreadyDecided(status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.reason = reason;
    }

    void withdraw(Instant now, long by) {
        decide(ProposalStatus.WITHDRAWN, by, null, now);
    }
}
