package org.parley.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.consultation.CommentTarget;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ModerationRules;
import org.parley.consultation.ParagraphRef;
import org.parley.consultation.ReadingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posting, editing and withdrawing comments, with the rules that keep a discussion sound; and
 * the moderator's side — hide, restore, approve, reject — for the moderation feature, which
 * checks who may do it and keeps the record.
 */
@Service
public class CommentService {

    static final int MAX_PROPOSAL_LENGTH = 20_000;

    private final CommentRepository comments;
    private final PostedComments posted;
    private final Supports supports;
    private final ConsultationService consultations;
    private final ReadingService reading;
    private final AccountService accounts;
    private final DiscussionSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CommentMarkdown markdown = new CommentMarkdown();
    private final QuoteLocator quotes = new QuoteLocator();

    CommentService(CommentRepository comments, PostedComments posted, Supports supports,
                   ConsultationService consultations, ReadingService reading, AccountService accounts,
                   DiscussionSettings settings, TransactionTemplate transaction, Clock clock,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.comments = comments;
        this.posted = posted;
        this.supports = supports;
        this.consultations = consultations;
        this.reading = reading;
        this.accounts = accounts;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Posts a comment or a reply and returns its id. Posting twice with the same idempotency key
     * — a double click, a resubmit after a timeout, the back button — gives the first comment,
     * also when both arrive at the same moment (the unique key decides). A form refused after it
     * was taken is its author's to look up with {@link #earlier}.
     */
    PostedComment post(NewComment request) {
        return Objects.requireNonNull(transaction.execute(status -> insert(request)
                .orElseGet(() -> posted.find(request.authorId(), request.idempotencyKey()).orElseThrow())));
    }

    /** The comment this author already posted with this idempotency key, if any. */
    Optional<PostedComment> earlier(long authorId, @Nullable UUID idempotencyKey) {
        return idempotencyKey == null ? Optional.empty() : posted.find(authorId, idempotencyKey);
    }

    /**
     * Hides a published comment: it keeps its place in the thread as "Hidden by a moderator",
     * and its author still sees it with the reason. False if it is not published (any more).
     */
    @Transactional
    public boolean hide(long commentId, long moderatorId, String reason) {
        var comment = find(commentId);
        return moderated(comment, comment.hide(moderatorId, reason, clock.instant()), CommentModerated.Act.HIDDEN,
                moderatorId, reason);
    }

    /** Shows a hidden comment again; false if it is not hidden. */
    @Transactional
    public boolean restore(long commentId, long moderatorId, String reason) {
        var comment = find(commentId);
        return moderated(comment, comment.restore(moderatorId, reason, clock.instant()), CommentModerated.Act.RESTORED,
                moderatorId, reason);
    }

    /** Publishes a held comment; false if it is not held (any more). */
    @Transactional
    public boolean approve(long commentId, long moderatorId) {
        var comment = find(commentId);
        return moderated(comment, comment.approve(moderatorId, clock.instant()), CommentModerated.Act.APPROVED,
                moderatorId, null);
    }

    /** Tells the author (and, for an approval, the people the comment concerns) when the act changed something. */
    private boolean moderated(Comment comment, boolean changed, CommentModerated.Act act, long moderatorId,
                              @Nullable String reason) {
        if (changed) {
            events.publishEvent(new CommentModerated(UUID.randomUUID(), comment.id(), comment.paragraphId(),
                    comment.authorId(), comment.parentId(), comment.proposal() != null, act, moderatorId, reason));
        }
        return changed;
    }

    /** Refuses a held comment: it stays hidden, its author sees why. False if it is not held. */
    @Transactional
    public boolean reject(long commentId, long moderatorId, String reason) {
        return find(commentId).reject(moderatorId, reason, clock.instant());
    }

    /**
     * Publishes what a participant wrote while waiting for approval, once an admin approved them:
     * their held comments in consultations that do not pre-moderate every comment. Returns the
     * ids of the comments published.
     */
    @Transactional
    public List<Long> releaseHeldBy(long authorId, long moderatorId) {
        var released = new ArrayList<Long>();
        var rules = new HashMap<Long, ModerationRules>();
        for (var comment : comments.findByAuthorIdAndStatus(authorId, CommentStatus.PENDING)) {
            var paragraph = reading.paragraph(comment.paragraphId());
            var moderation = rules.computeIfAbsent(paragraph.consultationId(),
                    id -> consultations.moderation(paragraph.consultationSlug()));
            if (!moderation.holds(true) && moderated(comment, comment.approve(moderatorId, clock.instant()),
                    CommentModerated.Act.APPROVED, moderatorId, null)) {
                released.add(comment.id());
            }
        }
        return released;
    }

    private Comment find(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new CommentNotFound(commentId));
    }

    /**
     * Supports an open proposal of someone else, or takes the support back.
     *
     * @return true if the person now supports it
     */
    @Transactional
    boolean toggleSupport(long proposalId, long accountId) {
        var comment = find(proposalId);
        var proposal = comment.proposal();
        if (proposal == null || comment.status() != CommentStatus.PUBLISHED) {
            throw new CommentNotFound(proposalId);
        }
        if (!proposal.isOpen()) {
            throw new CommentRefused("proposal.refused.supportClosed");
        }
        if (comment.isBy(accountId)) {
            throw new CommentRefused("proposal.refused.supportOwn");
        }
        if (!accounts.isConfirmed(accountId)) {
            throw new CommentRefused("proposal.refused.supportUnconfirmed");
        }
        return supports.toggle(proposalId, accountId);
    }

    /** Everyone who wrote a published comment on the paragraph, by account id. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> participantsOf(long paragraphId) {
        return new java.util.HashSet<>(comments.authorsOf(paragraphId));
    }

    /** A comment that proposes new wording; not found if it proposes nothing. */
    @Transactional(readOnly = true)
    public ProposalRef proposal(long commentId) {
        var comment = find(commentId);
        var proposal = comment.proposal();
        if (proposal == null || comment.status() != CommentStatus.PUBLISHED && comment.status() != CommentStatus.WITHDRAWN) {
            throw new CommentNotFound(commentId);
        }
        return new ProposalRef(commentId, comment.paragraphId(), comment.versionId(), comment.authorId(),
                comment.quoteExact(), proposal.text(), proposal.status());
    }

    /**
     * Records the organisers' decision on an open proposal.
     *
     * @throws ProposalAlreadyDecided if someone decided first or the author withdrew it
     */
    @Transactional
    public void decide(long proposalId, ProposalStatus outcome, long by, @Nullable String reason) {
        find(proposalId).decide(outcome, by, reason, clock.instant());
    }

    @Transactional
    void edit(long commentId, long by, String body) {
        var comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFound(commentId));
        checkLength(body);
        comment.edit(by, body.strip(), markdown.toHtml(body.strip()), clock.instant(), settings.editWindow());
    }

    @Transactional
    void withdraw(long commentId, long by) {
        comments.findById(commentId).orElseThrow(() -> new CommentNotFound(commentId)).withdraw(by, clock.instant());
    }

    private Optional<PostedComment> insert(NewComment request) {
        Instant now = clock.instant();
        var target = reading.commentTarget(request.slug(), request.anchor());
        ParagraphRef paragraph = target.paragraph();
        if (paragraph.removedAt() != null) {
            throw new CommentRefused("reimport.refused.removed");
        }
        if (!target.consultation().isOpenForComments(now)) {
            throw new CommentRefused("comment.refused.closed");
        }
        var author = accounts.standing(request.authorId());
        if (!author.confirmed()) {
            throw new CommentRefused("comment.refused.unconfirmed");
        }
        String body = request.body().strip();
        checkLength(body);
        if (request.parentId() != null) {
            checkParent(request.parentId(), paragraph);
        }
        Quote quote = Quote.NONE;
        if (request.quote() != null && !request.quote().isBlank()) {
            quote = quotes.locate(paragraph.plainText(), request.quote(), request.quotePrefix(), request.quoteStart())
                    .orElseThrow(() -> new CommentRefused("comment.refused.quoteNotFound"));
        }
        boolean held = target.moderation().holds(author.approved());
        var comment = new Comment(paragraph.id(), paragraph.versionId(), request.parentId(), request.authorId(), body,
                markdown.toHtml(body), quote, held ? CommentStatus.PENDING : CommentStatus.PUBLISHED, now,
                request.idempotencyKey());
        proposedWording(request, target, quote).ifPresent(comment::propose);
        var inserted = posted.insert(comment);
        inserted.ifPresent(done -> events.publishEvent(new CommentPosted(UUID.randomUUID(), done.id(), paragraph.id(),
                request.authorId(), request.parentId(), comment.proposal() != null, held, request.follow())));
        return inserted;
    }

    /** New wording, if the comment proposes some: it must change something, and it reworks the paragraph, not a reply. */
    private Optional<String> proposedWording(NewComment request, CommentTarget target, Quote quote) {
        var paragraph = target.paragraph();
        String proposed = request.proposedText() == null ? "" : request.proposedText().strip();
        boolean passage = request.proposalScope() == ProposalScope.PASSAGE;
        String original = passage && quote.isPresent() ? quote.exact() : paragraph.text().strip();
        if (proposed.isEmpty() || QuoteLocator.collapse(proposed).equals(QuoteLocator.collapse(original))) {
            return Optional.empty();
        }
        if (request.parentId() != null) {
            throw new CommentRefused("proposal.refused.reply");
        }
        if (target.textIsFinal()) {
            throw new CommentRefused("proposal.refused.final");
        }
        if (passage && !quote.isPresent()) {
            throw new CommentRefused("proposal.refused.noPassage");
        }
        if (proposed.length() > MAX_PROPOSAL_LENGTH) {
            throw new CommentRefused("proposal.refused.tooLong", proposed.length(), MAX_PROPOSAL_LENGTH);
        }
        return Optional.of(proposed);
    }

    /** A reply's parent: a published comment on the same paragraph. Past comments are held to it too. */
    void checkParent(long parentId, ParagraphRef paragraph) {
        var parent = comments.findById(parentId)
                .filter(candidate -> candidate.paragraphId() == paragraph.id())
                .orElseThrow(() -> new CommentRefused("comment.refused.noSuchParent"));
        if (parent.status() != CommentStatus.PUBLISHED) {
            throw new CommentRefused("comment.refused.parentGone");
        }
    }

    /** Past comments are held to the same length. */
    void checkLength(String body) {
        if (body.isBlank()) {
            throw new CommentRefused("comment.refused.empty");
        }
        if (body.length() > settings.maxLength()) {
            throw new CommentRefused("comment.refused.tooLong", body.length(), settings.maxLength());
        }
    }
}
