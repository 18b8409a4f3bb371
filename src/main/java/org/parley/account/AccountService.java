package org.parley.account;

import java.time.Instant;

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
