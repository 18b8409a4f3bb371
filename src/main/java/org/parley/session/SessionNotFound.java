package org.parley.session;

import org.parley.web.NotFound;

/** No session has this id: a 404. */
public class SessionNotFound extends NotFound {

    public SessionNotFound(long sessionId) {
        super("No session " + sessionId);
    }
}
