package org.parley.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts that Parley itself needs; registration by participants comes through its own pages. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public ParticipantView participant(long accountId) {
        return accounts.findById(accountId).map(AccountService::view)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }

    /** In one query, for a thread or a page of comments. */
    @Transactional(readOnly = true)
    public Map<Long, ParticipantView> participants(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(Account::id, AccountService::view));
    }

    @Transactional(readOnly = true)
    public boolean isConfirmed(long accountId) {
        return accounts.findById(accountId).map(Account::isConfirmed).orElse(false);
    }

    private static ParticipantView view(Account account) {
        return new ParticipantView(account.id(), account.displayName(), account.affiliation(),
                account.stakeholderGroup(), account.country(), account.isConfirmed());
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
}
