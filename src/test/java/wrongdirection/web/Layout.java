package wrongdirection.web;

import wrongdirection.account.AccountService;

public class Layout {

    public String header(AccountService accounts) {
        return accounts.displayName();
    }
}
