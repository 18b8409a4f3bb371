package org.parley.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import org.jspecify.annotations.Nullable;

@Entity
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Long paragraphId;

    private Long versionId;

    private @Nullable Long parentId;

    private @Nullable Long authorId;

    private String body;

    private String bodyHtml;

    @Embedded
    private Quote quote = Quote.NONE;

    @Enumerated(EnumType.STRING)
    private CommentStatus status = CommentStatus.PUBLISHED;

    private Instant createdAt;

    private @Nullable Instant editedAt;

    private @Nullable Instant withdrawnAt;

    private @Nullable UUID idempotencyKey;

    private @Nullable Long moderatedBy;

    private @Nullable Instant moderatedAt;

    private @Nullable String moderationReason;

    @Embedded
    private @Nullable Proposal proposal;

    @OneToMany(mappedBy = "comment", cascade = CascadeType.PERSIST)
    private List<CommentRevision> revisions = new ArrayList<>();

    protected Comment() {
        this.paragraphId = 0L;
        this.versionId = 0L;
        this.body = "";
        this.bodyHtml = "";
        this.createdAt = Instant.EPOCH;
    }

    Comment(long paragraphId, long versionId, @Nullable Long parentId, long authorId, String body, String bodyHtml,
            Quote quote, CommentStatus status, Instant createdAt, UUID idempotencyKey) {
        this.paragraphId = paragraphId;
        this.versionId = versionId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.quote = quote;
        this.status = status;
        this.createdAt = createdAt;
        this.idempotencyKey = idempotencyKey;
    }

    /** The author may change the words for a while; what it said before is kept. */
    void edit(long by, String newBody, String newHtml, Instant now, Duration window) {
        if (!isBy(by) || status == CommentStatus.WITHDRAWN) {
            throw new NotYourComment();
        }
        if (!canStillBeEdited(now, window)) {
            throw new EditWindowClosed(window);
        }
        revisions.add(new CommentRevision(this, body, editedAt == null ? createdAt : editedAt, now));
        this.body = newBody;
        this.bodyHtml = newHtml;
        this.editedAt = now;
    }

    /** Withdrawn by its author: its place in the thread stays, so replies keep their sense. */
    void withdraw(long by, Instant now) {
        if (!isBy(by)) {
            throw new NotYourComment();
        }
        this.status = CommentStatus.WITHDRAWN;
        this.withdrawnAt = now;
        if (proposal != null && proposal.isOpen()) {
            proposal.withdraw(now, by);
        }
    }

    /** A moderator takes a published comment out of view; it keeps its place, and its author still sees it. */
    boolean hide(long by, String reason, Instant now) {
        return moderate(CommentStatus.PUBLISHED, CommentStatus.HIDDEN, by, reason, now);
    }

    boolean restore(long by, String reason, Instant now) {
        return moderate(CommentStatus.HIDDEN, CommentStatus.PUBLISHED, by, reason, now);
    }

    /** A held comment is published once a moderator (or the approval of its author) lets it through. */
    boolean approve(long by, Instant now) {
        return moderate(CommentStatus.PENDING, CommentStatus.PUBLISHED, by, null, now);
    }

    boolean reject(long by, String reason, Instant now) {
        return moderate(CommentStatus.PENDING, CommentStatus.HIDDEN, by, reason, now);
    }

    /** False when the comment is no longer where the moderator saw it: someone else acted first. */
    private boolean moderate(CommentStatus from, CommentStatus to, long by, @Nullable String reason, Instant now) {
        if (status != from) {
            return false;
        }
        this.status = to;
        this.moderatedBy = by;
        this.moderatedAt = now;
        this.moderationReason = reason;
        return true;
    }

    void propose(String text) {
        this.proposal = new Proposal(text);
    }

    @Nullable Proposal proposal() {
        return proposal;
    }

    /** The organisers' decision; the proposal must still be open. */
    void decide(ProposalStatus outcome, long by, @Nullable String reason, Instant now) {
        if (proposal == null) {
            throw new IllegalStateException("Comment " + id + " proposes nothing");
        }
        proposal.decide(outcome, by, reason, now);
    }

    boolean canStillBeEdited(Instant now, Duration window) {
        return now.isBefore(createdAt.plus(window));
    }

    boolean isBy(long accountId) {
        return authorId != null && authorId == accountId;
    }

    Long id() {
        if (id == null) {
            throw new IllegalStateException("Comment not saved yet");
        }
        return id;
    }

    long versionId() {
        return versionId;
    }

    long authorId() {
        return authorId == null ? 0L : authorId;
    }

    @Nullable String quoteExact() {
        return quote == null ? null : quote.exact();
    }

    long paragraphId() {
        return paragraphId;
    }

    @Nullable Long parentId() {
        return parentId;
    }

    String body() {
        return body;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    Quote quote() {
        return quote == null ? Quote.NONE : quote;
    }

    @Nullable UUID idempotencyKey() {
        return idempotencyKey;
    }

    CommentStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }
}
