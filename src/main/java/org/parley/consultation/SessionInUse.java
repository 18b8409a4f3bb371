package org.parley.consultation;

/** A session that sections still belong to cannot be deleted: their text would lose its organisers. */
public class SessionInUse extends RuntimeException {

    SessionInUse(long sessionId) {
        super("Sections still belong to session " + sessionId);
    }
}
