package org.parley.discussion;

import org.parley.web.NotFound;

/** No comment with this id that the reader may see. */
class CommentNotFound extends NotFound {

    CommentNotFound(long id) {
        super("No comment " + id);
    }
}
