package org.parley.moderation;

import org.springframework.security.access.AccessDeniedException;

/** The comment is outside what the account moderates (another session, another consultation): a 403. */
class NotAModerator extends AccessDeniedException {

    NotAModerator(long commentId, long accountId) {
        super("Account " + accountId + " does not moderate comment " + commentId);
    }

    NotAModerator(long accountId) {
        super("Account " + accountId + " moderates nothing");
    }
}
