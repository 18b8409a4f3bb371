package org.parley.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.ParticipantView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What waits for a moderator, in plain SQL: a few statements whatever the length of the queue. */
@Component
@Transactional(readOnly = true)
class ModerationQueue {

    static final int LIMIT = 100;
    static final int RECENTLY_HIDDEN = 20;

    private static final String COMMENT = """
            SELECT m.id, m.author_id, m.body_html, m.status, m.created_at, m.moderation_reason,
                   p.number AS paragraph_number, c.slug, c.title AS consultation_title
            FROM discussion.comment m
            JOIN consultation.paragraph p ON p.id = m.paragraph_id
            JOIN consultation.consultation c ON c.id = p.consultation_id
            LEFT JOIN consultation.section sec ON sec.id = p.section_id
            """;

    private final JdbcClient jdbc;
    private final AccountService accounts;

    ModerationQueue(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * Comments with flags no moderator has dealt with, the oldest flag first: all of them for
     * admins ({@code moderator} null), else those within the moderator's {@link ModerationScope}.
     */
    List<QueuedComment> flagged(@Nullable Long moderator) {
        return complete(jdbc.sql(COMMENT + """
                        JOIN (SELECT comment_id, min(created_at) AS first_flag FROM comment_flag
                              WHERE resolved_at IS NULL GROUP BY comment_id) f ON f.comment_id = m.id
                        """ + " WHERE " + within(moderator) + " ORDER BY f.first_flag LIMIT :limit")
                .param("limit", LIMIT).param("moderator", moderator == null ? -1L : moderator)
                .query(ModerationQueue::row).list());
    }

    /** Comments held for a moderator, oldest first; {@code moderator} as for {@link #flagged}. */
    List<QueuedComment> held(@Nullable Long moderator) {
        return complete(jdbc.sql(COMMENT + " WHERE m.status = 'PENDING' AND " + within(moderator)
                        + " ORDER BY m.created_at, m.id LIMIT :limit")
                .param("limit", LIMIT).param("moderator", moderator == null ? -1L : moderator)
                .query(ModerationQueue::row).list());
    }

    /** The comments hidden last, so that a mistake can be undone; {@code moderator} as for {@link #flagged}. */
    List<QueuedComment> recentlyHidden(@Nullable Long moderator) {
        return complete(jdbc.sql(COMMENT + " WHERE m.status = 'HIDDEN' AND " + within(moderator)
                        + " ORDER BY m.moderated_at DESC NULLS LAST, m.id DESC LIMIT :limit")
                .param("limit", RECENTLY_HIDDEN).param("moderator", moderator == null ? -1L : moderator)
                .query(ModerationQueue::row).list());
    }

    private static String within(@Nullable Long moderator) {
        return moderator == null ? "TRUE" : ModerationScope.CONDITION;
    }

    /** One comment; {@link CommentGone} if there is none with this id. */
    QueuedComment comment(long id) {
        var row = jdbc.sql(COMMENT + " WHERE m.id = :id").param("id", id).query(ModerationQueue::row).optional()
                .orElseThrow(() -> new CommentGone(id));
        return complete(List.of(row)).get(0);
    }

    /** Whether any consultation holds the comments of participants until they are approved: else nobody awaits approval. */
    boolean approvalRequired() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM consultation.consultation WHERE participant_approval)").query(Boolean.class).single();
    }

    /** How many comments each participant has waiting, for those awaiting approval. */
    Map<Long, Integer> heldCounts() {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("SELECT author_id, count(*) AS held FROM discussion.comment WHERE status = 'PENDING' AND author_id IS NOT NULL GROUP BY author_id")
                .query(rs -> {
                    counts.put(rs.getLong("author_id"), rs.getInt("held"));
                });
        return counts;
    }

    private List<QueuedComment> complete(List<QueuedComment> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var flags = new HashMap<Long, List<Flagging>>();
        jdbc.sql("""
                        SELECT comment_id, account_id, reason, created_at FROM comment_flag
                        WHERE comment_id IN (:ids) AND resolved_at IS NULL ORDER BY created_at""")
                .param("ids", rows.stream().map(QueuedComment::id).toList())
                .query(rs -> {
                    flags.computeIfAbsent(rs.getLong("comment_id"), id -> new ArrayList<>())
                            .add(new Flagging(rs.getLong("account_id"), rs.getString("reason"),
                                    rs.getTimestamp("created_at").toInstant()));
                });
        var people = new HashSet<Long>();
        rows.stream().map(QueuedComment::authorId).filter(Objects::nonNull).forEach(people::add);
        flags.values().forEach(list -> list.forEach(flag -> people.add(flag.accountId())));
        Map<Long, ParticipantView> views = accounts.participants(people);
        Map<Long, String> emails = accounts.emailsForAdmins(people);
        return rows.stream().map(row -> row.withAuthor(
                        row.authorId() == null ? "" : name(views.get(row.authorId())),
                        row.authorId() == null ? null : emails.get(row.authorId()),
                        flags.getOrDefault(row.id(), List.of()).stream()
                                .map(flag -> new QueuedComment.Flag(name(views.get(flag.accountId())), flag.reason(), flag.at()))
                                .toList()))
                .toList();
    }

    private record Flagging(long accountId, String reason, java.time.Instant at) {
    }

    private static String name(@Nullable ParticipantView view) {
        return view == null ? "" : view.displayName();
    }

    private static QueuedComment row(ResultSet rs, int row) throws SQLException {
        return new QueuedComment(rs.getLong("id"), rs.getString("body_html"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("moderation_reason"),
                rs.getObject("author_id", Long.class), "", null, rs.getString("consultation_title"), rs.getString("slug"),
                rs.getString("paragraph_number"), List.of());
    }
}
