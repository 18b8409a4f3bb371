package org.parley.proposal;

import org.parley.web.Refusal;

/** A decision that cannot be made as asked: the page is shown again with this message and everything typed. */
class DecisionRefused extends Refusal {

    DecisionRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
