package org.parley.disposition;

import org.parley.web.NotFound;

/** No comment with this id in this consultation. */
class ResponseTargetNotFound extends NotFound {

    ResponseTargetNotFound(String slug, long commentId) {
        super("No comment " + commentId + " in " + slug);
    }
}
