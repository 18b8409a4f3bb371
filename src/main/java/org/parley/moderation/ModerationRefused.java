package org.parley.moderation;

import org.parley.web.Refusal;

/** A flag or a moderator's act that cannot be taken as it is; the form is shown again with this message. */
class ModerationRefused extends Refusal {

    ModerationRefused(String messageKey) {
        super(messageKey);
    }
}
