package org.parley.moderation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A comment as a moderator sees it: its words, who wrote it (with their email), where, and the flags on it. */
record QueuedComment(long id, String bodyHtml, String status, Instant createdAt, @Nullable String moderationReason,
                     @Nullable Long authorId, String authorName, @Nullable String authorEmail,
                     String consultationTitle, String slug, String paragraphNumber, List<Flag> flags) {

    record Flag(String by, String reason, Instant at) {
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public boolean isHidden() {
        return "HIDDEN".equals(status);
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    /** For moderators who are not admins: emails are for admin pages only. */
    QueuedComment withoutEmail() {
        return new QueuedComment(id, bodyHtml, status, createdAt, moderationReason, authorId, authorName, null,
                consultationTitle, slug, paragraphNumber, flags);
    }

    QueuedComment withAuthor(String name, @Nullable String email, List<Flag> flags) {
        return new QueuedComment(id, bodyHtml, status, createdAt, moderationReason, authorId, name, email,
                consultationTitle, slug, paragraphNumber, flags);
    }
}
