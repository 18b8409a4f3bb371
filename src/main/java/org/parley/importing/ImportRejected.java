package org.parley.importing;

import org.parley.web.Refusal;

/** An upload we cannot import: the form is shown again with the message that says why, and nothing is written. */
class ImportRejected extends Refusal {

    ImportRejected(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
