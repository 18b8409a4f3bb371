package org.parley.account;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A new password; asking for the current one keeps a session left open on a shared computer from taking the account over. */
record PasswordChangeForm(@NotBlank(message = "{account.password.currentRequired}") @Nullable String currentPassword,
                          @Nullable String newPassword, @Nullable String newPasswordAgain) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
