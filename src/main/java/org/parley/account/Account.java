package org.parley.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    private @Nullable String affiliation;

    @Enumerated(EnumType.STRING)
    private StakeholderGroup stakeholderGroup = StakeholderGroup.OTHER;

    private @Nullable String country;

    @Enumerated(EnumType.STRING)
    private Role role = Role.PARTICIPANT;

    private @Nullable Instant verifiedAt;

    private @Nullable Instant approvedAt;

    private @Nullable Instant disabledAt;

    private @Nullable Instant deletedAt;

    private Instant createdAt = Instant.now();

    private boolean decisionMails = true;

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
    }

    Account(String email, String displayName, String passwordHash, Role role) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /**
     * Erases everything that names the person: the email (so it can register again), the name,
     * affiliation, country and password. The row stays, because their contributions refer to it.
     */
    void forget(Instant now) {
        this.email = "deleted-" + id() + "@deleted.invalid";
        this.displayName = "Former participant";
        this.passwordHash = "!deleted";
        this.affiliation = null;
        this.country = null;
        this.decisionMails = false;
        this.disabledAt = now;
        this.deletedAt = now;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void describe(@Nullable String affiliation, StakeholderGroup group, @Nullable String country) {
        this.affiliation = affiliation;
        this.stakeholderGroup = group;
        this.country = country;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void markVerified(Instant at) {
        if (verifiedAt == null) {
            this.verifiedAt = at;
        }
    }

    /** An admin vouched for this participant; admins themselves need no one's approval. */
    void approve(Instant at) {
        if (approvedAt == null) {
            this.approvedAt = at;
        }
    }

    boolean isApproved() {
        return isApproved(approvedAt != null, role);
    }

    /** Admins count as approved. */
    static boolean isApproved(boolean approvedByAnAdmin, Role role) {
        return approvedByAnAdmin || role == Role.ADMIN;
    }

    @Nullable Instant approvedAt() {
        return approvedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isConfirmed() {
        return verifiedAt != null;
    }

    SignedInAccount principal() {
        return new SignedInAccount(id(), email, passwordHash, displayName, role, !isDisabled());
    }

    ParticipantView view() {
        return new ParticipantView(id(), displayName, affiliation, stakeholderGroup, country, isConfirmed());
    }

    Long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean wantsDecisionMails() {
        return decisionMails;
    }

    void chooseDecisionMails(boolean wanted) {
        this.decisionMails = wanted;
    }

    boolean isDisabled() {
        return disabledAt != null;
    }
}
