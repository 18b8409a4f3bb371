package org.parley.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.account.AccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything one person wrote or did, for their own download: their profile, every comment,
 * reply and proposal (whatever its status, with the earlier wordings), their supports and flags.
 * Each list is one statement, whatever the number of contributions; the profile comes from
 * {@link AccountService#downloadableProfile}, the one way to an email address.
 */
@Component
class OwnDataReader {

    private final JdbcClient jdbc;
    private final AccountService accounts;

    OwnDataReader(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    Map<String, Object> read(long accountId) {
        var profile = accounts.downloadableProfile(accountId);
        List<Map<String, Object>> comments = jdbc.sql("""
                        SELECT m.id, c.slug AS consultation, p.anchor AS paragraph, m.parent_id AS "inReplyTo",
                               m.created_at AS "writtenAt", m.edited_at AS "editedAt", m.status, m.body,
                               m.quote_exact AS quote, m.proposed_text AS "proposedText", m.proposal_status AS "proposalStatus"
                          FROM discussion.comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id JOIN consultation.consultation c ON c.id = p.consultation_id
                         WHERE m.author_id = :me ORDER BY m.created_at, m.id""")
                .param("me", accountId).query().listOfRows();
        var earlier = jdbc.sql("""
                        SELECT r.comment_id, r.body, r.written_at AS "writtenAt", r.replaced_at AS "replacedAt"
                          FROM discussion.comment_revision r JOIN discussion.comment m ON m.id = r.comment_id
                         WHERE m.author_id = :me ORDER BY r.replaced_at, r.id""")
                .param("me", accountId).query().listOfRows().stream()
                .collect(Collectors.groupingBy(row -> row.remove("comment_id")));
        comments.forEach(comment -> comment.put("earlierWordings", earlier.getOrDefault(comment.get("id"), List.of())));
        var supports = jdbc.sql("""
                        SELECT s.comment_id AS proposal, s.created_at AS "supportedAt"
                          FROM discussion.support s WHERE s.account_id = :me ORDER BY s.created_at""")
                .param("me", accountId).query().listOfRows();
        var flags = jdbc.sql("""
                        SELECT f.comment_id AS comment, f.reason, f.created_at AS "flaggedAt"
                          FROM moderation.comment_flag f WHERE f.account_id = :me ORDER BY f.created_at""")
                .param("me", accountId).query().listOfRows();
        return Map.of("profile", profile, "comments", comments, "supports", supports, "flags", flags);
    }
}
