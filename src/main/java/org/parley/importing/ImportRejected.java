package org.parley.importing;

import java.util.Arrays;

/* An upload we cannot import; carries a message key and its arguments for the page to translate. */
class ImportRejected extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    ImportRejected(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
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
