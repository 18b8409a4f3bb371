package org.parley.discussion;

import java.time.Duration;

/** Comments can be edited for a while after posting; after that, a new comment says what changed. */
class EditWindowClosed extends RuntimeException {

    private final Duration window;

    EditWindowClosed(Duration window) {
        super("The edit window of " + window + " has passed");
        this.window = window;
    }

    long minutes() {
        return window.toMinutes();
    }
}
