package org.parley.discussion;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment, reply or proposal was posted; published in the posting transaction through Spring
 * Modulith's registry (decision 32). {@code held} if it waits for a moderator; {@code follow} if
 * its author wants to follow the paragraph.
 */
public record CommentPosted(UUID id, long commentId, long paragraphId, long authorId, @Nullable Long parentId,
                            boolean proposal, boolean held, boolean follow) {
}
