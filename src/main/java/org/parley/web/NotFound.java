package org.parley.web;

/** Something a URL names does not exist (or is not for this reader); every feature's not-found extends it. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
