package org.parley.discussion;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.DecisionRights;
import org.parley.consultation.ParagraphRef;
import org.parley.consultation.ReadingService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records discussions held before they came to Parley — the demo's threads, or a discussion moved
 * from another platform — with their original dates. The only way in for such history, so that
 * {@link CommentService} takes comments as they are posted now.
 */
@Component
public class DiscussionHistoryWriter {

    private final CommentRepository comments;
    private final CommentService commentRules;
    private final Supports supports;
    private final ReadingService reading;
    private final DecisionRights decisionRights;
    private final CommentMarkdown markdown = new CommentMarkdown();
    private final QuoteLocator quotes = new QuoteLocator();

    DiscussionHistoryWriter(CommentRepository comments, CommentService commentRules, Supports supports,
                            ReadingService reading, DecisionRights decisionRights) {
        this.comments = comments;
        this.commentRules = commentRules;
        this.supports = supports;
        this.reading = reading;
        this.decisionRights = decisionRights;
    }

    /**
     * Writes a past comment with its original date and returns its id. The consultation's dates
     * are not checked, its rules for the text are: length, a parent in the same thread, a quote that
     * is really in the paragraph (else {@link IllegalArgumentException}), Markdown rendered and sanitized.
     */
    @Transactional
    public long writeComment(HistoricComment historic) {
        ParagraphRef paragraph = reading.paragraph(historic.paragraphId());
        String body = historic.body().strip();
        commentRules.checkLength(body);
        if (historic.parentId() != null) {
            commentRules.checkParent(historic.parentId(), paragraph);
        }
        Quote quote = Quote.NONE;
        if (historic.quote() != null) {
            quote = quotes.locate(paragraph.plainText(), historic.quote(), null, null)
                    .orElseThrow(() -> new IllegalArgumentException("Quote not in paragraph " + paragraph.number()
                            + " of " + paragraph.consultationSlug() + ": " + historic.quote()));
        }
        var comment = new Comment(paragraph.id(), paragraph.versionId(), historic.parentId(), historic.authorId(), body,
                markdown.toHtml(body), quote, CommentStatus.PUBLISHED, historic.createdAt(), UUID.randomUUID());
        historicWording(historic, paragraph, quote).ifPresent(comment::propose);
        long id = comments.saveAndFlush(comment).id();
        for (long supporter : new LinkedHashSet<>(historic.supporterIds())) {
            supports.add(id, supporter);
        }
        return id;
    }

    /**
     * Writes a past decision on an open proposal, with its original time; see
     * {@link CommentService#decide(long, ProposalStatus, long, String)}.
     */
    @Transactional
    public void writeDecision(long proposalId, ProposalStatus outcome, long by, @Nullable String reason,
                              Instant decidedAt) {
        comments.findById(proposalId).orElseThrow(() -> new CommentNotFound(proposalId))
                .decide(outcome, by, reason, decidedAt);
    }

    /** The past comment's proposal, held to the rules of those posted now; else {@link IllegalArgumentException}. */
    private Optional<String> historicWording(HistoricComment historic, ParagraphRef paragraph, Quote quote) {
        String proposed = historic.proposedText() == null ? "" : historic.proposedText().strip();
        if (proposed.isEmpty()) {
            if (!historic.supporterIds().isEmpty()) {
                throw new IllegalArgumentException("Supports for a comment that proposes nothing");
            }
            return Optional.empty();
        }
        String original = quote.isPresent() ? quote.exact() : paragraph.text().strip();
        String where = " (paragraph " + paragraph.number() + " of " + paragraph.consultationSlug() + ")";
        if (QuoteLocator.collapse(proposed).equals(QuoteLocator.collapse(original))) {
            throw new IllegalArgumentException("Proposal changes nothing" + where);
        }
        if (historic.parentId() != null) {
            throw new IllegalArgumentException("A reply cannot propose wording" + where);
        }
        if (decisionRights.isFinal(paragraph.id())) {
            throw new IllegalArgumentException("Proposal on a final text" + where);
        }
        if (proposed.length() > CommentService.MAX_PROPOSAL_LENGTH) {
            throw new IllegalArgumentException("Proposal longer than " + CommentService.MAX_PROPOSAL_LENGTH + where);
        }
        if (historic.supporterIds().contains(historic.authorId())) {
            throw new IllegalArgumentException("An author cannot support their own proposal" + where);
        }
        return Optional.of(proposed);
    }
}
