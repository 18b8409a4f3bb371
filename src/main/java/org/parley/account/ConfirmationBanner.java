package org.parley.account;

import org.springframework.stereotype.Component;

/** Tells the layout whether to ask the signed-in person to confirm their email. */
@Component
class ConfirmationBanner extends LayoutFlag {

    private final AccountService accounts;

    ConfirmationBanner(AccountService accounts) {
        super("confirmationPending");
        this.accounts = accounts;
    }

    /** Only the header's banner shows it. */
    @Override
    public boolean keysSharedPages() {
        return false;
    }

    @Override
    protected Boolean valueFor(SignedInAccount me) {
        return !accounts.isConfirmed(me.id());
    }
}
