package org.parley.discussion;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The comment form. {@code quote} is what the person selected or pasted, {@code quotePick} a
 * sentence picked from a list where selecting is impractical. The idempotency key is made when
 * the form is shown, so that sending the same form twice posts one comment. {@code website} is
 * the field people do not see and programs fill; {@code shownAt} the signed time the form was
 * shown (see {@link FormStamps}). {@code proposedText} is new wording for the paragraph or, with
 * scope PASSAGE, for the quoted passage; it counts only if it differs from the words it starts from.
 * {@code follow} is the ticked box "Follow this paragraph"; {@code followShown} says the box was in
 * the form, so that an unticked box means no (a client without the box follows).
 */
record CommentForm(@Nullable String body, @Nullable Long parentId, @Nullable String quote, @Nullable String quotePick,
                   @Nullable String quotePrefix, @Nullable Integer quoteStart, @Nullable UUID idempotencyKey,
                   @Nullable String website, @Nullable String shownAt, @Nullable String proposedText,
                   @Nullable ProposalScope proposalScope, @Nullable Boolean preview, @Nullable Boolean follow,
                   @Nullable Boolean followShown) {

    static CommentForm blank(@Nullable Long parentId, @Nullable String quote, @Nullable String quotePrefix,
                             @Nullable Integer quoteStart) {
        return new CommentForm("", parentId, quote, null, quotePrefix, quoteStart, UUID.randomUUID(), null, null, null,
                null, null, true, true);
    }

    CommentForm stamped(String stamp) {
        return new CommentForm(body, parentId, quote, quotePick, quotePrefix, quoteStart, idempotencyKey, website, stamp,
                proposedText, proposalScope, preview, follow, followShown);
    }

    @Nullable String chosenQuote() {
        return quote != null && !quote.isBlank() ? quote : quotePick;
    }

    boolean isPreview() {
        return Boolean.TRUE.equals(preview);
    }

    NewComment toNewComment(String slug, String anchor, long authorId) {
        return new NewComment(slug, anchor, authorId, body == null ? "" : body, parentId, chosenQuote(), quotePrefix,
                quoteStart, idempotencyKey == null ? UUID.randomUUID() : idempotencyKey, proposedText,
                proposalScope == null ? ProposalScope.PARAGRAPH : proposalScope,
                Boolean.TRUE.equals(follow) || !Boolean.TRUE.equals(followShown));
    }
}
