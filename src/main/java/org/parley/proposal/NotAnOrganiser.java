package org.parley.proposal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Decisions on a paragraph belong to the organisers of its session and to admins. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotAnOrganiser extends RuntimeException {

    NotAnOrganiser(long paragraphId) {
        super("Not an organiser of paragraph " + paragraphId);
    }
}
