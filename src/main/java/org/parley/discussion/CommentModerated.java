package org.parley.discussion;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A moderator hid, restored or approved a comment; its author is told, with the reason. */
public record CommentModerated(UUID id, long commentId, long paragraphId, long authorId, @Nullable Long parentId,
                               boolean proposal, Act act, long moderatorId, @Nullable String reason) {

    public enum Act { HIDDEN, RESTORED, APPROVED }
}
