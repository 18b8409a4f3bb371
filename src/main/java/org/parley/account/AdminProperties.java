package org.parley.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin, from PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD. */
@ConfigurationProperties("parley.admin")
record AdminProperties(@Nullable String email, @Nullable String password) {

    boolean isConfigured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
