package org.parley.disposition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the organisers' desk: the published comments and replies on their sessions' text that have
 * no response yet — none written and no decision on them as a proposal — per session, oldest first.
 * The organisers' own comments wait for no response.
 */
@Component
@Transactional(readOnly = true)
public class Unanswered {

    static final int LIMIT = 200;
    private static final int EXCERPT = 140;

    /** A session of the viewer's, with how many comments wait and the first {@link #LIMIT} of them overall. */
    public record Session(long id, String code, String title, String consultationTitle, String slug, long waiting,
                          List<Comment> comments) {
    }

    /** A comment without a response, linking to it and to its respond form. */
    public record Comment(long id, String slug, String anchor, String number, @Nullable String author, Instant at,
                          String excerpt) {
    }

    private static final String WAITING = """
            FROM discussion.comment m
            JOIN consultation.paragraph p ON p.id = m.paragraph_id
            JOIN consultation.section s ON s.id = p.section_id
            JOIN session.session w ON w.id = s.session_id
            JOIN consultation.consultation c ON c.id = p.consultation_id
            WHERE m.status = 'PUBLISHED'
              AND w.id IN (SELECT session_id FROM session.session_organiser WHERE account_id = :account)
              AND m.proposal_status IS DISTINCT FROM 'ACCEPTED' AND m.proposal_status IS DISTINCT FROM 'ACCEPTED_WITH_EDITS'
              AND m.proposal_status IS DISTINCT FROM 'REJECTED'
              AND NOT EXISTS (SELECT 1 FROM comment_response r WHERE r.comment_id = m.id AND r.replaced_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM session.session_organiser o WHERE o.session_id = w.id AND o.account_id = m.author_id)
            """;

    private final JdbcClient jdbc;

    Unanswered(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sessions the viewer organises that have comments waiting for a response, in the desk's order. */
    public List<Session> forOrganiser(Viewer viewer) {
        long account = viewer.accountId() == null ? -1L : viewer.accountId();
        record Count(long id, String code, String title, String consultationTitle, String slug, long waiting) {
        }
        var counts = jdbc.sql("SELECT w.id, w.code, w.title, c.title AS consultation_title, c.slug, count(*) AS waiting "
                        + WAITING + " GROUP BY w.id, w.code, w.title, c.title, c.slug ORDER BY c.title, w.code")
                .param("account", account)
                .query(Count.class)
                .list();
        if (counts.isEmpty()) {
            return List.of();
        }
        record Row(long sessionId, long id, String slug, String anchor, String number, @Nullable String author,
                   Timestamp createdAt, String body) {
        }
        var bySession = new LinkedHashMap<Long, List<Comment>>();
        jdbc.sql("SELECT w.id AS session_id, m.id, c.slug, p.anchor, p.number, "
                        + "(SELECT a.display_name FROM account.participant a WHERE a.id = m.author_id AND a.deleted_at IS NULL) AS author, "
                        + "m.created_at, m.body " + WAITING + " ORDER BY m.created_at, m.id LIMIT :limit")
                .param("account", account)
                .param("limit", LIMIT)
                .query(Row.class)
                .list()
                .forEach(row -> bySession.computeIfAbsent(row.sessionId(), session -> new ArrayList<>())
                        .add(new Comment(row.id(), row.slug(), row.anchor(), row.number(), row.author(),
                                row.createdAt().toInstant(), excerpt(row.body()))));
        return counts.stream()
                .map(count -> new Session(count.id(), count.code(), count.title(), count.consultationTitle(), count.slug(),
                        count.waiting(), bySession.getOrDefault(count.id(), List.of())))
                .toList();
    }

    private static String excerpt(String body) {
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
