package org.parley.web;

/**
 * Something a person asked for that cannot be done as asked, with the message that says why:
 * a message key and its arguments, translated by the page that shows it again (with everything
 * the person typed). Each feature names its own kinds.
 */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    protected Refusal(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
