package org.parley.discussion;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A comment written before it came to Parley — on an earlier platform, or in the demo — with
 * its original date. It is checked and rendered like any comment, but not against the dates the
 * consultation is open, which it predates.
 *
 * @param quote        the exact words of the paragraph it is about, if any; they must be in the paragraph
 * @param proposedText new wording it proposes, if any: for the quoted passage when there is a quote,
 *                     else for the whole paragraph; the proposal comes in open
 * @param supporterIds who supported the proposal, by account id: not its author, and only with a proposal
 */
public record HistoricComment(long paragraphId, long authorId, @Nullable Long parentId, String body,
                              @Nullable String quote, Instant createdAt, @Nullable String proposedText,
                              List<Long> supporterIds) {

    public HistoricComment {
        supporterIds = List.copyOf(supporterIds);
    }

    /** A comment that proposes nothing. */
    public HistoricComment(long paragraphId, long authorId, @Nullable Long parentId, String body,
                           @Nullable String quote, Instant createdAt) {
        this(paragraphId, authorId, parentId, body, quote, createdAt, null, List.of());
    }
}
