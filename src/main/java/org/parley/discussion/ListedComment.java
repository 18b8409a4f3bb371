package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.parley.account.ParticipantView;

/**
 * A comment in the list of all comments of a consultation and in its feed: what it says, who
 * wrote it, and where it is — the paragraph's number and first words, so that it reads out of
 * its thread.
 *
 * @param bodyHtml  rendered and sanitized when the comment was written
 * @param inReplyTo the name of the person it answers, when it is a reply
 */
public record ListedComment(long id, @Nullable ParticipantView author, Instant createdAt, @Nullable Instant editedAt,
                            String paragraphNumber, String paragraphExcerpt, @Nullable String quote,
                            String bodyHtml, @Nullable Long parentId, @Nullable String inReplyTo) {

    public boolean isReply() {
        return parentId != null;
    }

    public String authorName() {
        return author == null ? "" : author.displayName();
    }

    public Instant updatedAt() {
        return editedAt == null ? createdAt : editedAt;
    }
}
