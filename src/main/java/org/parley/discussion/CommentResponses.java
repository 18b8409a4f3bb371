package org.parley.discussion;

import java.util.Collection;
import java.util.Map;

/**
 * The organisers' responses to comments, for the threads: the discussion shows them, the
 * {@code disposition} feature gives them and implements this (as {@code discussion} implements
 * {@code consultation.ProposalCredits}), so the discussion does not depend on it.
 */
public interface CommentResponses {

    /** The current response of each of these comments that has one, by comment id: one statement. */
    Map<Long, CommentResponse> of(Collection<Long> commentIds);
}
