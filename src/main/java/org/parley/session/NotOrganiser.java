package org.parley.session;

import org.springframework.security.access.AccessDeniedException;

/**
 * Only the organisers of a session (and admins) may decide on its text or mark it final: a 403.
 * The proposal feature refuses decisions on a paragraph with it too, through {@link #ofParagraph}.
 */
public class NotOrganiser extends AccessDeniedException {

    NotOrganiser(long sessionId, long accountId) {
        this("Account " + accountId + " does not organise session " + sessionId);
    }

    private NotOrganiser(String message) {
        super(message);
    }

    /** Decisions on a paragraph belong to the organisers of its session and to admins. */
    public static NotOrganiser ofParagraph(long paragraphId) {
        return new NotOrganiser("Not an organiser of paragraph " + paragraphId);
    }
}
