package org.parley.discussion;

import java.time.Duration;

/** Comments can be edited for a while after posting; after that, a new comment says what changed. */
class EditWindowClosed extends CommentRefused {

    EditWindowClosed(Duration window) {
        super("comment.refused.editWindowClosed", window.toMinutes());
    }
}
