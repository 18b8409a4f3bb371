package org.parley.discussion;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment or reply as its author sent it, before it is checked. */
record NewComment(String slug, String anchor, long authorId, String body, @Nullable Long parentId,
                  @Nullable String quote, @Nullable String quotePrefix, @Nullable Integer quoteStart,
                  UUID idempotencyKey, @Nullable String proposedText, ProposalScope proposalScope) {
}
