package org.parley.search;

import org.parley.web.Refusal;

/** A search that cannot be run as asked: a filter no form sends, or a query Parley will not look for. */
class BadSearch extends Refusal {

    BadSearch(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
