package org.parley.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to ask the signed-in person to confirm their email; anonymous visitors cost no query. */
@ControllerAdvice
class ConfirmationBanner {

    private final AccountService accounts;

    ConfirmationBanner(AccountService accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("confirmationPending")
    boolean confirmationPending(@AuthenticationPrincipal @Nullable SignedInAccount me) {
        return me != null && !accounts.isConfirmed(me.id());
    }
}
