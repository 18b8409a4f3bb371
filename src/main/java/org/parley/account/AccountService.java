package org.parley.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may know about people: how to show them beside what they wrote, and
 * whether they have confirmed their email. Never their email address: other features show
 * people to other people. Also creates the accounts Parley itself needs (admin, demo).
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    /** Creates the account unless one with this email exists; an existing account is left as it is. */
    @Transactional
    public boolean createIfAbsent(NewAccount details) {
        if (accounts.existsByEmail(Account.normaliseEmail(details.email()))) {
            return false;
        }
        var account = new Account(details.email(), details.displayName(), passwordEncoder.encode(details.password()),
                details.role());
        account.describe(details.affiliation(), details.stakeholderGroup(), details.country());
        account.markVerified(Instant.now());
        accounts.save(account);
        return true;
    }

    /** The participant as others see them; throws {@link AccountNotFound} for an unknown id. */
    @Transactional(readOnly = true)
    public ParticipantView participant(long accountId) {
        return accounts.findById(accountId).map(Account::view).orElseThrow(() -> new AccountNotFound(accountId));
    }

    /**
     * Many participants in one query, for a page that lists contributions; unknown ids and deleted
     * accounts are left out, so their contributions show as a former participant's.
     */
    @Transactional(readOnly = true)
    public Map<Long, ParticipantView> participants(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(accountIds).stream()
                .filter(account -> !account.isDeleted())
                .map(Account::view)
                .collect(Collectors.toMap(ParticipantView::id, Function.identity()));
    }

    /**
     * The profile as its owner sees it, email included, for the download of everything they wrote:
     * the one place an address goes out, to the person it belongs to.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> downloadableProfile(long accountId) {
        return jdbc.sql("""
                        SELECT email, display_name AS "displayName", affiliation, stakeholder_group AS "stakeholderGroup",
                               country, created_at AS "registeredAt", verified_at AS "confirmedAt"
                          FROM account WHERE id = :me""")
                .param("me", accountId).query().singleRow();
    }

    /**
     * The id of the account with this email, for Parley's own content (demo threads, imports of
     * earlier consultations) that knows its authors by address. The address goes in, never out.
     */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email)).map(Account::id);
    }

    /** Whether the account is an admin's, for features that let admins act in anyone's place. False for an unknown id. */
    @Transactional(readOnly = true)
    public boolean isAdmin(long accountId) {
        return accounts.findById(accountId).map(account -> account.role() == Role.ADMIN).orElse(false);
    }

    /** Whether the person has confirmed their email: taking part may need it. False for an unknown id. */
    @Transactional(readOnly = true)
    public boolean isConfirmed(long accountId) {
        return accounts.findById(accountId).map(Account::isConfirmed).orElse(false);
    }

    /**
     * Whether the person confirmed their email and whether an admin approved them (admins count as
     * approved), in one plain statement: posting asks on every comment. {@link AccountStanding#UNKNOWN}
     * for an unknown id.
     */
    public AccountStanding standing(long accountId) {
        return jdbc.sql("SELECT verified_at, approved_at, role FROM account WHERE id = :id")
                .param("id", accountId)
                .query((rs, row) -> new AccountStanding(rs.getTimestamp("verified_at") != null,
                        Account.isApproved(rs.getTimestamp("approved_at") != null, Role.valueOf(rs.getString("role")))))
                .optional()
                .orElse(AccountStanding.UNKNOWN);
    }

    /**
     * Approves a participant; returns false if they were approved already, so that the caller
     * acts (and records the act) only once. Throws {@link AccountNotFound} for an unknown id.
     */
    @Transactional
    public boolean approve(long accountId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        if (account.isApproved()) {
            return false;
        }
        account.approve(Instant.now());
        return true;
    }

    /**
     * Confirmed participants no admin has approved yet, oldest first, with their email: for the
     * moderation queue, which only admins see.
     */
    @Transactional(readOnly = true)
    public List<AwaitingApproval> awaitingApproval() {
        return accounts.findTop100ByRoleAndApprovedAtIsNullAndVerifiedAtIsNotNullAndDisabledAtIsNullOrderByCreatedAtAsc(
                        Role.PARTICIPANT).stream()
                .map(account -> new AwaitingApproval(account.view(), account.email(), account.createdAt()))
                .toList();
    }

    /** Email addresses by account id, for admin pages only: never show them to other participants. */
    @Transactional(readOnly = true)
    public Map<Long, String> emailsForAdmins(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(accountIds).stream().collect(Collectors.toMap(Account::id, Account::email));
    }

    @Transactional(readOnly = true)
    OwnProfile ownProfile(long accountId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        return new OwnProfile(account.email(), account.view());
    }

    /** Saves what the person says about themselves and returns their refreshed principal. */
    @Transactional
    SignedInAccount describe(long accountId, String displayName, @Nullable String affiliation, StakeholderGroup group,
                             @Nullable String country) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        account.rename(displayName.strip());
        account.describe(RegistrationService.blankToNull(affiliation), group, RegistrationService.blankToNull(country));
        return account.principal();
    }

    /** A person's own view of their account: the one place their email is shown, to them. */
    record OwnProfile(String email, ParticipantView participant) {
    }

    /**
     * Where to mail people about decisions on a paragraph they took part in: confirmed accounts
     * that did not turn these mails off. The addresses go to the mailer only, never to a page.
     */
    @Transactional(readOnly = true)
    public List<String> decisionMailAddresses(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .filter(account -> account.isConfirmed() && account.wantsDecisionMails() && !account.isDisabled())
                .map(Account::email)
                .toList();
    }

    @Transactional(readOnly = true)
    boolean wantsDecisionMails(long accountId) {
        return accounts.findById(accountId).map(Account::wantsDecisionMails).orElse(false);
    }

    @Transactional
    void chooseDecisionMails(long accountId, boolean wanted) {
        accounts.findById(accountId).ifPresent(account -> account.chooseDecisionMails(wanted));
    }
}
