package org.parley.disposition;

import org.jspecify.annotations.Nullable;

/**
 * The response form as typed: every field a string, so that an unknown status or a version that is
 * not a number comes back with a message instead of a binding error.
 */
record ResponseForm(@Nullable String status, @Nullable String version, @Nullable String note) {

    static ResponseForm blank() {
        return new ResponseForm(null, null, null);
    }

    String noteText() {
        return note == null ? "" : note.strip();
    }
}
