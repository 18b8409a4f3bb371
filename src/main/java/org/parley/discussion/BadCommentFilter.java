package org.parley.discussion;

/** A filter of the comment list that cannot be applied: shown as a 400 page that says which one. */
class BadCommentFilter extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    BadCommentFilter(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
