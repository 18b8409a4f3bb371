package org.parley.discussion;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.ParticipantView;
import org.parley.consultation.Diffs;
import org.parley.consultation.ParagraphRef;
import org.parley.consultation.PlainText;
import org.parley.consultation.Rebases;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionCredits;
import org.parley.consultation.VersionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading side of the discussion in plain SQL: a fixed number of statements per page,
 * whatever the number of paragraphs or comments.
 */
@Component
@Transactional(readOnly = true)
class DiscussionReader {

    static final int EXCERPT_LENGTH = 140;

    private final JdbcClient jdbc;
    private final ThreadRows threads;
    private final AccountService accounts;
    private final TextService texts;
    private final Diffs diffs;
    private final Rebases rebases;
    private final VersionCredits credits;
    private final DiscussionSettings settings;
    private final Clock clock;
    private final CommentResponses responses;

    DiscussionReader(JdbcClient jdbc, ThreadRows threads, AccountService accounts, TextService texts, Diffs diffs,
                     Rebases rebases, VersionCredits credits, DiscussionSettings settings, Clock clock,
                     CommentResponses responses) {
        this.responses = responses;
        this.diffs = diffs;
        this.rebases = rebases;
        this.credits = credits;
        this.jdbc = jdbc;
        this.threads = threads;
        this.accounts = accounts;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Published comments per paragraph of a consultation. */
    Map<Long, Integer> counts(long consultationId) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("""
                        SELECT m.paragraph_id, count(*) AS comments FROM comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'
                        GROUP BY m.paragraph_id""")
                .param("consultation", consultationId)
                .query(rs -> {
                    counts.put(rs.getLong("paragraph_id"), rs.getInt("comments"));
                });
        return counts;
    }

    List<RecentComment> recent(long consultationId) {
        record Row(long id, long authorId, Timestamp createdAt, String bodyHtml, String number) {
        }
        var rows = jdbc.sql("""
                        SELECT m.id, m.author_id, m.created_at, m.body_html, p.number FROM comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'
                        ORDER BY m.created_at DESC, m.id DESC LIMIT :limit""")
                .param("consultation", consultationId)
                .param("limit", settings.recentComments())
                .query(Row.class)
                .list();
        var authors = accounts.participants(rows.stream().map(Row::authorId).distinct().toList());
        return rows.stream()
                .map(row -> new RecentComment(row.id(), name(authors.get(row.authorId())), row.createdAt().toInstant(),
                        excerpt(row.bodyHtml()), row.number()))
                .toList();
    }

    /**
     * A paragraph's thread, one page of it when it is long: the page holding the highlighted comment
     * or the one replied to, else page {@code page} (see {@link ThreadPage}).
     */
    ThreadView thread(ParagraphRef paragraph, @Nullable Long viewerId, @Nullable Long highlighted, boolean viewerMayDecide,
                      boolean responsesShown, int page, @Nullable Long replyingTo) {
        var outline = threads.outline(paragraph.id(), viewerId, highlighted, replyingTo);
        var shown = ThreadPage.of(page, outline.conversations(),
                outline.highlightedAt() != null ? outline.highlightedAt() : outline.replyingToAt());
        var rows = threads.page(paragraph.id(), viewerId, shown);
        var supports = supports(rows);
        var versions = texts.versions(paragraph.id());
        var people = new HashSet<Long>();
        rows.stream().map(CommentRow::authorId).filter(Objects::nonNull).forEach(people::add);
        rows.stream().map(CommentRow::proposed).filter(Objects::nonNull).map(CommentRow.Proposed::decidedBy)
                .filter(Objects::nonNull).forEach(people::add);
        supports.values().forEach(people::addAll);
        var participants = people.isEmpty() ? Map.<Long, ParticipantView>of() : accounts.participants(people);
        var context = new ThreadBuilder.Context(participants, revisions(rows), supports, paragraph.version(), paragraph.text(),
                viewerId, viewerMayDecide, clock.instant(), diffs, rebases,
                responses(rows, viewerId, responsesShown), responsesShown);
        var comments = new ThreadBuilder(settings.maxIndent(), settings.editWindow()).build(rows, context);
        return new ThreadView(paragraph.id(), paragraph.consultationSlug(), paragraph.anchor(), paragraph.number(),
                marked(paragraph, rows, highlighted), comments, highlighted, changes(versions, diffs),
                outline.visible(), shown);
    }

    /** The responses to the rows' comments, asked for only where this reader may see one (decision 31). */
    private Map<Long, CommentResponse> responses(List<CommentRow> rows, @Nullable Long viewerId, boolean responsesShown) {
        boolean anyShown = responsesShown || viewerId != null && rows.stream().anyMatch(row -> viewerId.equals(row.authorId()));
        return anyShown && !rows.isEmpty() ? responses.of(rows.stream().map(CommentRow::id).toList()) : Map.of();
    }

    /** The paragraph's versions after the first, newest first, each with the wording it replaced. */
    private List<VersionChange> changes(List<VersionView> versions, Diffs diffs) {
        var changes = new java.util.ArrayList<VersionChange>();
        var credited = versions.size() < 2 ? Map.<Long, String>of() : credits.of(versions.subList(1, versions.size()));
        for (int i = versions.size() - 1; i >= 1; i--) {
            var version = versions.get(i);
            changes.add(new VersionChange(version.n(), version.source(), version.changeNote(),
                    credited.get(version.id()), version.createdAt(),
                    diffs.change(versions.get(i - 1).html(), version.html()), version.proposalId()));
        }
        return changes;
    }

    /** Who supports which of these proposals: one query, only when there are proposals. */
    private Map<Long, List<Long>> supports(List<CommentRow> rows) {
        var proposals = rows.stream().filter(row -> row.proposed() != null).map(CommentRow::id).toList();
        if (proposals.isEmpty()) {
            return Map.of();
        }
        var supports = new HashMap<Long, List<Long>>();
        jdbc.sql("SELECT comment_id, account_id FROM support WHERE comment_id IN (:proposals) ORDER BY created_at")
                .param("proposals", proposals)
                .query(rs -> {
                    supports.computeIfAbsent(rs.getLong("comment_id"), id -> new java.util.ArrayList<>()).add(rs.getLong("account_id"));
                });
        return supports;
    }

    /** Where a comment lives, for its permalink. */
    Optional<CommentLocation> location(long commentId) {
        return jdbc.sql("""
                        SELECT c.slug, p.anchor FROM comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.consultation c ON c.id = p.consultation_id
                        WHERE m.id = :comment""")
                .param("comment", commentId)
                .query(CommentLocation.class)
                .optional();
    }

    record CommentLocation(String slug, String anchor) {
    }

    private Map<Long, List<CommentView.Revision>> revisions(List<CommentRow> rows) {
        var edited = rows.stream().filter(row -> row.editedAt() != null).map(CommentRow::id).toList();
        if (edited.isEmpty()) {
            return Map.of();
        }
        var revisions = new HashMap<Long, List<CommentView.Revision>>();
        jdbc.sql("SELECT comment_id, body, written_at FROM comment_revision WHERE comment_id IN (:ids) ORDER BY replaced_at")
                .param("ids", edited)
                .query(rs -> {
                    revisions.computeIfAbsent(rs.getLong("comment_id"), id -> new java.util.ArrayList<>())
                            .add(new CommentView.Revision(rs.getString("body"), rs.getTimestamp("written_at").toInstant()));
                });
        return revisions;
    }

    /** The paragraph with the passage of the highlighted comment marked, if it quotes one. */
    private static String marked(ParagraphRef paragraph, List<CommentRow> rows, @Nullable Long highlighted) {
        return rows.stream()
                .filter(row -> highlighted != null && row.id() == highlighted && row.quote() != null
                        && !row.quoteDetached() && row.status() == CommentStatus.PUBLISHED)
                .findFirst()
                .flatMap(row -> new QuoteLocator().locate(paragraph.plainText(), row.quote(), null, null))
                .map(quote -> PlainText.of(paragraph.html()).mark(quote.start(), quote.end()))
                .orElse(paragraph.html());
    }

    private static String name(@Nullable ParticipantView author) {
        return author == null ? "" : author.displayName();
    }

    static String excerpt(String html) {
        String text = Jsoup.parse(html).text();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }
}
