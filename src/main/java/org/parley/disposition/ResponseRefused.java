package org.parley.disposition;

import org.parley.web.Refusal;

/** A response that cannot be given as asked; nothing was changed. */
class ResponseRefused extends Refusal {

    ResponseRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
