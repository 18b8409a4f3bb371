package org.parley.discussion;

/**
 * A comment that cannot be taken as it is: the form is shown again with this message and with
 * everything the person typed.
 */
class CommentRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    CommentRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
