package org.parley.discussion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** What a comment said before an edit. */
@Entity
@Immutable
class CommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comment_id")
    private Comment comment;

    private String body;

    private Instant writtenAt;

    private Instant replacedAt;

    protected CommentRevision() {
        this.comment = new Comment();
        this.body = "";
        this.writtenAt = Instant.EPOCH;
        this.replacedAt = Instant.EPOCH;
    }

    CommentRevision(Comment comment, String body, Instant writtenAt, Instant replacedAt) {
        this.comment = comment;
        this.body = body;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
    }
}
