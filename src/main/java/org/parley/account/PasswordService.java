package org.parley.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords and changed ones. */
@Service
class PasswordService {

    /** Reset links are not mailed more often than this, so the form cannot flood someone's inbox. */
    static final Duration RESET_INTERVAL = Duration.ofMinutes(1);

    enum Outcome { CHANGED, INVALID_TOKEN, WRONG_PASSWORD, SAME_AS_EMAIL }

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    PasswordService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                    ApplicationEventPublisher events, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Mails a reset link if an active account has this email; says nothing either way. */
    @Transactional
    void requestReset(String email) {
        var account = accounts.findByEmail(Account.normaliseEmail(email)).filter(found -> !found.isDisabled());
        if (account.isEmpty()) {
            return;
        }
        var now = Instant.now();
        var last = tokens.findFirstByAccountIdAndPurposeOrderByCreatedAtDesc(account.get().id(), AccountToken.Purpose.RESET_PASSWORD);
        if (last.isPresent() && last.get().createdAt().isAfter(now.minus(RESET_INTERVAL))) {
            return;
        }
        var issued = AccountToken.issue(account.get().id(), AccountToken.Purpose.RESET_PASSWORD, now);
        tokens.save(issued.token());
        events.publishEvent(new AccountMail(AccountMail.Kind.RESET_PASSWORD, account.get().email(),
                account.get().displayName(), issued.secret()));
    }

    @Transactional(readOnly = true)
    boolean isResetLinkUsable(String secret) {
        return usableResetToken(secret, Instant.now()).isPresent();
    }

    /**
     * Sets the new password and uses up every reset link of the account. Following the link
     * proves the person reads that mailbox, so an unconfirmed email counts as confirmed now.
     */
    @Transactional
    Outcome reset(String secret, String newPassword) {
        var now = Instant.now();
        var token = usableResetToken(secret, now);
        if (token.isEmpty()) {
            return Outcome.INVALID_TOKEN;
        }
        var account = accounts.findById(token.get().accountId()).orElseThrow();
        if (Passwords.isSameAsEmail(newPassword, account.email())) {
            return Outcome.SAME_AS_EMAIL;
        }
        if (tokens.use(token.get().id(), now) == 0) {
            return Outcome.INVALID_TOKEN;
        }
        tokens.useAll(account.id(), AccountToken.Purpose.RESET_PASSWORD, now);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.markVerified(now);
        throttle.cleared(account.email());
        return Outcome.CHANGED;
    }

    @Transactional
    Outcome change(long accountId, String currentPassword, String newPassword) {
        var account = accounts.findById(accountId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            return Outcome.WRONG_PASSWORD;
        }
        if (Passwords.isSameAsEmail(newPassword, account.email())) {
            return Outcome.SAME_AS_EMAIL;
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        return Outcome.CHANGED;
    }

    private Optional<AccountToken> usableResetToken(String secret, Instant now) {
        return tokens.findByTokenHash(AccountToken.hash(secret))
                .filter(token -> token.isUsable(AccountToken.Purpose.RESET_PASSWORD, now));
    }
}
