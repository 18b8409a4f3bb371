package org.parley.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

record ForgotPasswordForm(@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
                          @Nullable String email) {
}
