package org.parley.proposal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.Viewer;
import org.parley.consultation.Diffs;
import org.parley.consultation.Rebases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals an organiser may decide on and nobody has yet: those on the sections of their
 * sessions, or — for admins — all of them. Oldest first, as a queue.
 */
@Component
@Transactional(readOnly = true)
class OpenProposals {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Diffs diffs;
    private final Rebases rebases;

    OpenProposals(JdbcClient jdbc, AccountService accounts, Diffs diffs, Rebases rebases) {
        this.rebases = rebases;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.diffs = diffs;
    }

    List<OpenProposal> forOrganiser(Viewer viewer) {
        record Row(long id, String title, String slug, String anchor, String number, String code, long authorId,
                   java.sql.Timestamp createdAt, boolean stale, int writtenOn, int supporters, @Nullable String quote,
                   String baseText, String currentText, String proposed) {
        }
        var rows = jdbc.sql("""
                        SELECT m.id, c.title, c.slug, p.anchor, p.number, w.code, m.author_id, m.created_at,
                               v.id <> cv.id AS stale, v.n AS written_on,
                               (SELECT count(*) FROM discussion.support s WHERE s.comment_id = m.id) AS supporters,
                               m.quote_exact AS quote, v.text AS base_text, cv.text AS current_text, m.proposed_text AS proposed
                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.paragraph_version v ON v.id = m.version_id
                        JOIN consultation.paragraph_version cv ON cv.paragraph_id = p.id AND cv.n = p.current_version
                        JOIN consultation.section s ON s.id = p.section_id
                        JOIN consultation.consultation c ON c.id = p.consultation_id
                        LEFT JOIN session.session w ON w.id = s.session_id
                        WHERE m.proposal_status = 'OPEN' AND m.status = 'PUBLISHED'
                          AND (:admin OR s.session_id IN (SELECT session_id FROM session.session_organiser WHERE account_id = :account))
                        ORDER BY m.created_at, m.id
                        LIMIT :limit""")
                .param("admin", viewer.admin())
                .param("account", viewer.accountId() == null ? -1L : viewer.accountId())
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
        Map<Long, String> names = rows.isEmpty() ? Map.of() : accounts.participants(rows.stream().map(Row::authorId).distinct().toList())
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().displayName()));
        return rows.stream()
                .map(row -> new OpenProposal(row.id(), row.title(), row.slug(), row.anchor(), row.number(), row.code(),
                        names.getOrDefault(row.authorId(), ""), row.createdAt().toInstant(), row.stale(), row.writtenOn(),
                        row.supporters(), row.quote() != null ? diffs.ofPassage(row.quote(), row.proposed())
                                : diffs.ofMarkdown(row.baseText(), row.proposed()),
                        row.stale() ? rebases.view(row.writtenOn(), true, row.baseText(), row.currentText(), row.quote(), row.proposed())
                                : null))
                .toList();
    }

    /** The messages of the sessions the viewer organises, in document order. */
    List<SessionMessage> messages(Viewer viewer) {
        return jdbc.sql("""
                        SELECT c.title, c.slug, p.anchor, p.number, w.code, p.current_version, v.text,
                               (SELECT count(*) FROM discussion.comment m WHERE m.paragraph_id = p.id AND m.proposal_status = 'OPEN'
                                    AND m.status = 'PUBLISHED') AS open_proposals,
                               (SELECT count(*) FROM discussion.comment m WHERE m.paragraph_id = p.id AND m.status = 'PUBLISHED') AS comments
                        FROM consultation.paragraph p
                        JOIN consultation.paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        JOIN consultation.section s ON s.id = p.section_id
                        JOIN session.session w ON w.id = s.session_id
                        JOIN consultation.consultation c ON c.id = p.consultation_id
                        WHERE p.removed_at IS NULL
                          AND w.id IN (SELECT session_id FROM session.session_organiser WHERE account_id = :account)
                        ORDER BY c.title, p.position
                        LIMIT :limit""")
                .param("account", viewer.accountId() == null ? -1L : viewer.accountId())
                .param("limit", LIMIT)
                .query((rs, row) -> new SessionMessage(rs.getString("title"), rs.getString("slug"), rs.getString("anchor"),
                        rs.getString("number"), rs.getString("code"), rs.getInt("current_version"),
                        excerpt(rs.getString("text")), rs.getInt("open_proposals"), rs.getInt("comments")))
                .list();
    }

    /** The consultations the viewer organises a session of, each with its number of detached comments. */
    List<DetachedCount> detached(Viewer viewer) {
        return jdbc.sql("""
                        SELECT c.title, c.slug,
                               (SELECT count(*) FROM discussion.comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                                WHERE p.consultation_id = c.id AND m.quote_detached_at IS NOT NULL
                                  AND m.status = 'PUBLISHED') AS comments
                        FROM consultation.consultation c
                        WHERE c.id IN (SELECT w.consultation_id FROM session.session w
                                       JOIN session.session_organiser o ON o.session_id = w.id WHERE o.account_id = :account)
                        ORDER BY c.title""")
                .param("account", viewer.accountId() == null ? -1L : viewer.accountId())
                .query(DetachedCount.class)
                .list();
    }

    /** A consultation on the organiser's desk, linking to its detached comments. */
    record DetachedCount(String title, String slug, long comments) {
    }

    /** The latest comments on the messages of the sessions the viewer organises. */
    List<RecentActivity> activity(Viewer viewer) {
        record Row(long id, long authorId, java.sql.Timestamp createdAt, String number, String body) {
        }
        var rows = jdbc.sql("""
                        SELECT m.id, m.author_id, m.created_at, p.number, m.body
                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.section s ON s.id = p.section_id
                        WHERE m.status = 'PUBLISHED' AND m.author_id IS NOT NULL
                          AND s.session_id IN (SELECT session_id FROM session.session_organiser WHERE account_id = :account)
                        ORDER BY m.created_at DESC, m.id DESC
                        LIMIT 15""")
                .param("account", viewer.accountId() == null ? -1L : viewer.accountId())
                .query(Row.class)
                .list();
        var names = rows.isEmpty() ? Map.<Long, org.parley.account.ParticipantView>of()
                : accounts.participants(rows.stream().map(Row::authorId).distinct().toList());
        return rows.stream()
                .map(row -> new RecentActivity(row.id(), names.containsKey(row.authorId()) ? names.get(row.authorId()).displayName() : "",
                        row.createdAt().toInstant(), row.number(), excerpt(row.body())))
                .toList();
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
    }
}
