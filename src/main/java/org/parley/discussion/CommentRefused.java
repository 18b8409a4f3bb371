package org.parley.discussion;

import org.parley.web.Refusal;

/**
 * A comment that cannot be taken as it is: the form is shown again with this message and with
 * everything the person typed.
 */
class CommentRefused extends Refusal {

    CommentRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** Over a length limit: answered 400 like the other limits, still with the form and its text. */
    boolean overLimit() {
        return messageKey().endsWith(".tooLong");
    }
}
