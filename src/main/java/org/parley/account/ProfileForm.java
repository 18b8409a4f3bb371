package org.parley.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a participant may change about how others see them. */
record ProfileForm(
        @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{account.displayName.size}")
        @Nullable String displayName,
        @Size(max = 200, message = "{account.affiliation.size}") @Nullable String affiliation,
        @NotNull(message = "{account.stakeholderGroup.required}") @Nullable StakeholderGroup stakeholderGroup,
        @Nullable String country,
        @Nullable Boolean decisionMails) {

    static ProfileForm of(ParticipantView participant, boolean decisionMails) {
        return new ProfileForm(participant.displayName(), participant.affiliation(), participant.stakeholderGroup(),
                participant.country(), decisionMails);
    }

    @AssertTrue(message = "{account.country.unknown}")
    public boolean isCountryKnown() {
        return Countries.isKnown(country);
    }
}
