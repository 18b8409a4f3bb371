package org.parley.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the configured admin at start-up, once; changing the variables later changes nothing. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final AdminProperties admin;
    private final AccountService accounts;

    FirstAdmin(AdminProperties admin, AccountService accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.isConfigured()) {
            return;
        }
        if (admin.password().length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("PARLEY_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (accounts.createIfAbsent(new NewAccount(admin.email(), admin.password(), "Administrator", Role.ADMIN,
                null, StakeholderGroup.OTHER, null))) {
            log.info("Created the admin account {}", admin.email());
        }
    }
}
