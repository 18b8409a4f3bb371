package org.parley.discussion;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published comments of a consultation whose quote a re-import detached, in the order of the text. */
@Component
@Transactional(readOnly = true)
class DetachedComments {

    private final JdbcClient jdbc;
    private final AccountService accounts;

    DetachedComments(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    List<DetachedComment> of(long consultationId) {
        record Row(long id, String number, String anchor, boolean removed, String quote, String bodyHtml,
                   @Nullable Long authorId, Timestamp createdAt, Timestamp detachedAt) {
        }
        var rows = jdbc.sql("""
                        SELECT m.id, p.number, p.anchor, p.removed_at IS NOT NULL AS removed,
                               coalesce(m.quote_original, m.quote_exact) AS quote, m.body_html, m.author_id,
                               m.created_at, m.quote_detached_at AS detached_at
                        FROM comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        WHERE p.consultation_id = :consultation AND m.quote_detached_at IS NOT NULL
                          AND m.status = 'PUBLISHED'
                        ORDER BY p.removed_at IS NOT NULL, p.position, m.created_at, m.id""")
                .param("consultation", consultationId)
                .query(Row.class)
                .list();
        var authorIds = new HashSet<Long>();
        rows.stream().map(Row::authorId).filter(Objects::nonNull).forEach(authorIds::add);
        var people = accounts.participants(authorIds);
        return rows.stream().map(row -> {
            var author = row.authorId() == null ? null : people.get(row.authorId());
            return new DetachedComment(row.id(), row.number(), row.anchor(), row.removed(), row.quote(), row.bodyHtml(),
                    author == null ? null : author.displayName(), row.createdAt().toInstant(),
                    row.detachedAt().toInstant());
        }).toList();
    }
}
