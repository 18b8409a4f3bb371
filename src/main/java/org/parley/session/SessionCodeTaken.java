package org.parley.session;

/** Codes name sessions within a consultation ("WS1a"), so two sessions cannot share one. */
public class SessionCodeTaken extends RuntimeException {

    SessionCodeTaken(String code) {
        super("Session code already used: " + code);
    }
}
