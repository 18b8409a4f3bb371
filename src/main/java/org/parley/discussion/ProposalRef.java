package org.parley.discussion;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as the organisers' side sees it.
 *
 * @param versionId the paragraph version it was written against
 * @param quote     the passage it rewords, when its scope is the passage
 */
public record ProposalRef(long id, long paragraphId, long versionId, long authorId, @Nullable String quote,
                          String proposedText, ProposalStatus status) {

    public boolean isForPassage() {
        return quote != null;
    }

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }
}
