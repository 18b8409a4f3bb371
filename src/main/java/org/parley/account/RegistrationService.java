package org.parley.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and email confirmation; the mails go out after each transaction commits. */
@Service
class RegistrationService {

    /** How often a person may ask for a new confirmation link. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);

    enum Resent { SENT, TOO_SOON, ALREADY_CONFIRMED }

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    RegistrationService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                        ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Creates an unconfirmed participant and mails them a confirmation link. When the email has
     * an account already, nothing is created and its owner is told instead; the caller shows
     * the same page either way, so nobody learns who has an account.
     */
    @Transactional
    Optional<SignedInAccount> register(String email, String displayName, String password, @Nullable String affiliation,
                                       StakeholderGroup group, @Nullable String country) {
        String passwordHash = passwordEncoder.encode(password);
        var existing = accounts.findByEmail(Account.normaliseEmail(email));
        if (existing.isPresent()) {
            events.publishEvent(new AccountMail(AccountMail.Kind.REGISTRATION_ATTEMPT, existing.get().email(),
                    existing.get().displayName(), null));
            return Optional.empty();
        }
        var account = new Account(email, displayName.strip(), passwordHash, Role.PARTICIPANT);
        account.describe(blankToNull(affiliation), group, blankToNull(country));
        accounts.save(account);
        mailConfirmationLink(account, Instant.now());
        return Optional.of(account.principal());
    }

    @Transactional
    boolean confirm(String secret) {
        var now = Instant.now();
        var token = tokens.findByTokenHash(AccountToken.hash(secret))
                .filter(found -> found.isUsable(AccountToken.Purpose.CONFIRM_EMAIL, now));
        if (token.isEmpty() || tokens.use(token.get().id(), now) == 0) {
            return false;
        }
        accounts.findById(token.get().accountId()).orElseThrow().markVerified(now);
        return true;
    }

    @Transactional
    Resent resendConfirmation(long accountId) {
        var account = accounts.findById(accountId).orElseThrow();
        if (account.isConfirmed()) {
            return Resent.ALREADY_CONFIRMED;
        }
        var now = Instant.now();
        var last = tokens.findFirstByAccountIdAndPurposeOrderByCreatedAtDesc(accountId, AccountToken.Purpose.CONFIRM_EMAIL);
        if (last.isPresent() && last.get().createdAt().isAfter(now.minus(RESEND_INTERVAL))) {
            return Resent.TOO_SOON;
        }
        mailConfirmationLink(account, now);
        return Resent.SENT;
    }

    private void mailConfirmationLink(Account account, Instant now) {
        var issued = AccountToken.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, now);
        tokens.save(issued.token());
        events.publishEvent(new AccountMail(AccountMail.Kind.CONFIRM_EMAIL, account.email(), account.displayName(),
                issued.secret()));
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
