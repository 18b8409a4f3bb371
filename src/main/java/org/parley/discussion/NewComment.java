package org.parley.discussion;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment or reply as its author sent it, before it is checked; {@code follow}: the author follows the paragraph. */
record NewComment(String slug, String anchor, long authorId, String body, @Nullable Long parentId,
                  @Nullable String quote, @Nullable String quotePrefix, @Nullable Integer quoteStart,
                  UUID idempotencyKey, @Nullable String proposedText, ProposalScope proposalScope, boolean follow) {

    /** One whose author follows the paragraph, as the form proposes. */
    NewComment(String slug, String anchor, long authorId, String body, @Nullable Long parentId, @Nullable String quote,
               @Nullable String quotePrefix, @Nullable Integer quoteStart, UUID idempotencyKey,
               @Nullable String proposedText, ProposalScope proposalScope) {
        this(slug, anchor, authorId, body, parentId, quote, quotePrefix, quoteStart, idempotencyKey, proposedText,
                proposalScope, true);
    }
}
