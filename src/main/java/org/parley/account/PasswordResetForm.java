package org.parley.account;

import org.jspecify.annotations.Nullable;

/** A new password, typed twice, with the mailed token that allows it. */
record PasswordResetForm(@Nullable String token, @Nullable String password, @Nullable String passwordAgain) {
}
