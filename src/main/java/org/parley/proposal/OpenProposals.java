package org.parley.proposal;

import java.util.List;
import java.util.Map;

import org.parley.account.AccountService;
import org.parley.account.Viewer;
import org.parley.consultation.Diffs;
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

    OpenProposals(JdbcClient jdbc, AccountService accounts, Diffs diffs) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.diffs = diffs;
    }

    List<OpenProposal> forOrganiser(Viewer viewer) {
        record Row(long id, String title, String slug, String anchor, String number, String code, long authorId,
                   java.sql.Timestamp createdAt, boolean stale, int supporters, String original, String proposed) {
        }
        var rows = jdbc.sql("""
                        SELECT m.id, c.title, c.slug, p.anchor, p.number, w.code, m.author_id, m.created_at,
                               v.n < p.current_version AS stale,
                               (SELECT count(*) FROM support s WHERE s.comment_id = m.id) AS supporters,
                               coalesce(m.quote_exact, v.text) AS original, m.proposed_text AS proposed
                        FROM comment m
                        JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN paragraph_version v ON v.id = m.version_id
                        JOIN section s ON s.id = p.section_id
                        JOIN consultation c ON c.id = p.consultation_id
                        LEFT JOIN session w ON w.id = s.session_id
                        WHERE m.proposal_status = 'OPEN' AND m.status = 'PUBLISHED'
                          AND (:admin OR s.session_id IN (SELECT session_id FROM session_organiser WHERE account_id = :account))
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
                        names.getOrDefault(row.authorId(), ""), row.createdAt().toInstant(), row.stale(), row.supporters(),
                        diffs.change(row.original(), row.proposed())))
                .toList();
    }
}
