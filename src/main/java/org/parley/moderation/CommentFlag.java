package org.parley.moderation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** Someone's word that a comment breaks the rules, and why; once per person and comment. */
@Entity
class CommentFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long commentId;

    private long accountId;

    private String reason;

    private Instant createdAt;

    private @Nullable Instant resolvedAt;

    protected CommentFlag() {
        this.reason = "";
        this.createdAt = Instant.EPOCH;
    }

    CommentFlag(long commentId, long accountId, String reason, Instant createdAt) {
        this.commentId = commentId;
        this.accountId = accountId;
        this.reason = reason;
        this.createdAt = createdAt;
    }
}
