package org.parley.proposal;

/** A decision that cannot be made as asked: the page is shown again with this message and everything typed. */
class DecisionRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    DecisionRefused(String messageKey, Object... args) {
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
