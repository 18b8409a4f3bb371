package org.parley.session;

import org.springframework.security.access.AccessDeniedException;

/** Only the session's organisers (and admins) may decide on its text: a 403. */
public class NotOrganiser extends AccessDeniedException {

    NotOrganiser(long sessionId, long accountId) {
        super("Account " + accountId + " does not organise session " + sessionId);
    }
}
