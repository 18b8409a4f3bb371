package org.parley.discussion;

import java.sql.Timestamp;
import java.time.Clock;

import org.parley.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When someone deletes their account: in consultations whose policy is REMOVE, their comments
 * lose their words (and earlier wordings) but keep their place in the thread as withdrawn ones,
 * their open proposals are withdrawn. Elsewhere nothing changes here: their name is gone with
 * the account, so the comments show as a former participant's. Runs in the deleting transaction.
 */
@Component
class DeletedAuthors {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeletedAuthors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        var now = Timestamp.from(clock.instant());
        String removed = """
                SELECT m.id FROM comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                  JOIN consultation.consultation c ON c.id = p.consultation_id
                 WHERE m.author_id = :author AND c.deleted_account_comments = 'REMOVE'""";
        jdbc.sql("DELETE FROM comment_revision WHERE comment_id IN (" + removed + ")")
                .param("author", deleted.accountId()).update();
        jdbc.sql("""
                        UPDATE comment SET body = '', body_html = '',
                               proposed_text = CASE WHEN proposed_text IS NULL THEN NULL ELSE '' END,
                               decided_by = CASE WHEN proposal_status = 'OPEN' THEN author_id ELSE decided_by END,
                               decided_at = CASE WHEN proposal_status = 'OPEN' THEN :now ELSE decided_at END,
                               proposal_status = CASE WHEN proposal_status = 'OPEN' THEN 'WITHDRAWN' ELSE proposal_status END,
                               status = 'WITHDRAWN', withdrawn_at = COALESCE(withdrawn_at, :now)
                         WHERE id IN (""" + removed + ")")
                .param("author", deleted.accountId()).param("now", now).update();
    }
}
