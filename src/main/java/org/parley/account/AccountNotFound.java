package org.parley.account;

import org.parley.web.NotFound;

/** No account has this id: a 404 for pages, a programming error for features that kept a stale id. */
public class AccountNotFound extends NotFound {

    AccountNotFound(long accountId) {
        super("No account " + accountId);
    }
}
