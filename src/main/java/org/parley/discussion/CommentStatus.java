package org.parley.discussion;

/** Whether a comment is shown. A withdrawn or hidden comment keeps its place in the thread. */
public enum CommentStatus {
    PUBLISHED,
    PENDING,
    HIDDEN,
    WITHDRAWN
}
