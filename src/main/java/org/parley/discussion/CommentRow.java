package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment as stored, read for a thread, with the version it was written on and what it proposes;
 * that version's text comes only with a proposal, which is shown as a change to it.
 * {@code quoteBefore} is the passage as its author quoted it, when a re-import re-anchored the
 * quote on other words.
 */
record CommentRow(long id, long paragraphId, @Nullable Long parentId, @Nullable Long authorId, String bodyHtml,
                  @Nullable String quote, CommentStatus status, Instant createdAt, @Nullable Instant editedAt,
                  @Nullable String moderationReason, int versionNumber, @Nullable String versionText,
                  @Nullable Proposed proposed, boolean quoteDetached, @Nullable String quoteBefore) {

    /** The proposal columns of a comment that proposes new wording. */
    record Proposed(String text, ProposalStatus status, @Nullable String reason, @Nullable Long decidedBy,
                    @Nullable Instant decidedAt) {
    }
}
