package org.parley.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var account = accounts.findByEmail(Account.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(account.isDisabled())
                .build();
    }
}
