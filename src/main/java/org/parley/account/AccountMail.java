package org.parley.account;

import org.jspecify.annotations.Nullable;

/** A mail to the owner of an account, published inside a transaction and sent once it has committed. */
record AccountMail(Kind kind, String to, String displayName, @Nullable String secret) {

    enum Kind {
        CONFIRM_EMAIL,
        RESET_PASSWORD,
        REGISTRATION_ATTEMPT
    }
}
