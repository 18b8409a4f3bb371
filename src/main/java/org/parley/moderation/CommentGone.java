package org.parley.moderation;

import org.parley.web.NotFound;

/** No comment with this id: the 404 page. */
class CommentGone extends NotFound {

    CommentGone(long id) {
        super("No comment " + id);
    }
}
