package org.parley.notification;

import org.parley.web.NotFound;

/** A follow or a notification that names nothing there is (or nothing of this reader's): the 404 page. */
class NothingToFollow extends NotFound {

    NothingToFollow(String what) {
        super(what);
    }
}
