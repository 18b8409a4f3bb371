package org.parley.session;

/** The admin typed an email no account has; nobody is appointed. */
public class UnknownOrganiser extends RuntimeException {

    UnknownOrganiser(String email) {
        super("No account for " + email);
    }
}
