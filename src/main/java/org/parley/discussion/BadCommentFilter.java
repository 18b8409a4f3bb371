package org.parley.discussion;

import org.parley.web.Refusal;

/** A filter of the comment list that cannot be applied: shown as a 400 page that says which one. */
class BadCommentFilter extends Refusal {

    BadCommentFilter(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
