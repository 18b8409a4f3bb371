package org.parley.consultation;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a version made from a proposal owes to it. The feature that owns proposals implements this,
 * so that this feature credits their authors (see {@link VersionCredits}) without knowing comments.
 */
public interface ProposalCredits {

    /**
     * @param authorId   the proposal's author, null if unknown
     * @param supporters how many people supported the proposal
     * @param edited     whether the organiser edited the wording before accepting it
     */
    record Credit(@Nullable Long authorId, long supporters, boolean edited) {
    }

    /** The credit of each of these proposals that exists, by proposal id. */
    Map<Long, Credit> of(Collection<Long> proposalIds);
}
