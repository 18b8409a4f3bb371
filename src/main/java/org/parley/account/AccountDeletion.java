package org.parley.account;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A participant deletes their own account, confirming with their password. */
@Service
class AccountDeletion {

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountDeletion(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                    ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the account was deleted: not when the password is wrong, nor for an admin (another admin must do it). */
    @Transactional
    boolean delete(long accountId, String password) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        if (account.isDeleted() || account.role() == Role.ADMIN || !passwordEncoder.matches(password, account.passwordHash())) {
            return false;
        }
        var now = clock.instant();
        for (var purpose : AccountToken.Purpose.values()) {
            tokens.useAll(accountId, purpose, now);
        }
        account.forget(now);
        events.publishEvent(new AccountDeleted(accountId));
        return true;
    }
}
