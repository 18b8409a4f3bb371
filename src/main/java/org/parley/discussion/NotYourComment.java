package org.parley.discussion;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only the author edits or withdraws a comment; anyone else gets a 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotYourComment extends RuntimeException {

    NotYourComment() {
        super("Not the author of this comment");
    }
}
