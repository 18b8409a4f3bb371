package org.parley.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a newcomer tells us; the password rules are checked by {@link Passwords}. */
record RegistrationForm(
        @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{account.displayName.size}")
        @Nullable String displayName,
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
        @Size(max = 320, message = "{account.email.invalid}") @Nullable String email,
        @Nullable String password,
        @Size(max = 200, message = "{account.affiliation.size}") @Nullable String affiliation,
        @NotNull(message = "{account.stakeholderGroup.required}") @Nullable StakeholderGroup stakeholderGroup,
        @Nullable String country) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", null, "");
    }

    @AssertTrue(message = "{account.country.unknown}")
    public boolean isCountryKnown() {
        return Countries.isKnown(country);
    }
}
