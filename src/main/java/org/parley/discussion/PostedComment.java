package org.parley.discussion;

/** A comment just posted: where it is, and whether it waits for a moderator. */
record PostedComment(long id, boolean held) {
}
