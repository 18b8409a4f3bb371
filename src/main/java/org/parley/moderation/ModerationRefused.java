package org.parley.moderation;

/** A flag or a moderator's act that cannot be taken as it is; the form is shown again with this message. */
class ModerationRefused extends RuntimeException {

    private final String messageKey;

    ModerationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
