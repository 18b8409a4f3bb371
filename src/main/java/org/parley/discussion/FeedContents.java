package org.parley.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionCredits;
import org.parley.consultation.VersionView;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * What a feed entry says, so that a feed reader is enough to follow a consultation: the passage a
 * comment quotes, its words, and for a proposal the proposed wording with its word diff and, once
 * accepted, the version it became with its credit. Everyone's words are escaped here; the diff is
 * escaped by {@link Diffs}.
 */
@Component
@Transactional(readOnly = true)
class FeedContents {

    /** An entry's HTML content, and when it last changed: a decision on a proposal changes it. */
    record Content(String html, Instant updated) {
    }

    private final JdbcClient jdbc;
    private final TextService texts;
    private final VersionCredits credits;
    private final Diffs diffs;
    private final MessageSource messages;

    FeedContents(JdbcClient jdbc, TextService texts, VersionCredits credits, Diffs diffs,
                 MessageSource messages) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.credits = credits;
        this.diffs = diffs;
        this.messages = messages;
    }

    /** The content of each comment's entry, by comment id: a fixed number of statements, whatever the number of proposals. */
    Map<Long, Content> of(List<ListedComment> comments, Locale locale) {
        var proposals = proposals(comments.stream().map(ListedComment::id).toList());
        var versions = texts.versionsFromProposals(proposals.keySet());
        var credited = credits.of(versions, locale);
        var madeFrom = new HashMap<Long, VersionView>();
        versions.forEach(version -> madeFrom.put(version.proposalId(), version));
        var contents = new HashMap<Long, Content>();
        for (var comment : comments) {
            var html = new StringBuilder();
            if (comment.quote() != null) {
                quoted(html, get(locale, "feed.quote"), comment.quote());
            }
            html.append(comment.bodyHtml());
            var updated = comment.updatedAt();
            var proposal = proposals.get(comment.id());
            if (proposal != null) {
                var change = proposal.passage() ? diffs.ofPassage(proposal.original(), proposal.proposedText())
                        : diffs.ofMarkdown(proposal.original(), proposal.proposedText());
                quoted(html, get(locale, "feed.proposal"), proposal.proposedText());
                html.append("<p><strong>").append(escape(get(locale, "feed.proposal.changes", change.summary())))
                        .append("</strong></p><p>").append(change.html()).append("</p>");
                var version = madeFrom.get(comment.id());
                if (version != null) {
                    html.append("<p>").append(escape(get(locale, "feed.proposal.accepted", version.n(),
                            credited.get(version.id())))).append("</p>");
                }
                if (proposal.decidedAt() != null && proposal.decidedAt().isAfter(updated)) {
                    updated = proposal.decidedAt();
                }
            }
            contents.put(comment.id(), new Content(html.toString(), updated));
        }
        return contents;
    }

    /**
     * @param original the passage a proposal rewords (plain text, {@code passage}), or the whole paragraph as it read
     *                 when the proposal was written (Markdown)
     */
    private record Proposal(String proposedText, String original, boolean passage, @Nullable Instant decidedAt) {
    }

    private Map<Long, Proposal> proposals(List<Long> commentIds) {
        var proposals = new HashMap<Long, Proposal>();
        if (commentIds.isEmpty()) {
            return proposals;
        }
        jdbc.sql("""
                        SELECT m.id, m.proposed_text, coalesce(m.quote_exact, v.text) AS original, m.quote_exact IS NOT NULL AS passage,
                               m.decided_at
                        FROM comment m JOIN consultation.paragraph_version v ON v.id = m.version_id
                        WHERE m.id IN (:ids) AND m.proposed_text IS NOT NULL""")
                .param("ids", commentIds)
                .query(rs -> {
                    Timestamp decidedAt = rs.getTimestamp("decided_at");
                    proposals.put(rs.getLong("id"), new Proposal(rs.getString("proposed_text"), rs.getString("original"),
                            rs.getBoolean("passage"), decidedAt == null ? null : decidedAt.toInstant()));
                });
        return proposals;
    }

    private static void quoted(StringBuilder html, String label, String text) {
        html.append("<p><strong>").append(escape(label)).append("</strong></p><blockquote><p>").append(escape(text))
                .append("</p></blockquote>");
    }

    private String get(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
