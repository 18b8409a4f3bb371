package org.parley.discussion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who supports which proposal: once each, and taken back as easily. */
@Component
class Supports {

    private final JdbcClient jdbc;

    Supports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the support, or takes it back if it was there; true if the person now supports the proposal. */
    boolean toggle(long proposalId, long accountId) {
        int removed = jdbc.sql("DELETE FROM support WHERE comment_id = :comment AND account_id = :account")
                .param("comment", proposalId).param("account", accountId).update();
        if (removed > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO support (comment_id, account_id) VALUES (:comment, :account) ON CONFLICT DO NOTHING")
                .param("comment", proposalId).param("account", accountId).update();
        return true;
    }

    /** Adds the support if it is not there yet. */
    void add(long proposalId, long accountId) {
        jdbc.sql("INSERT INTO support (comment_id, account_id) VALUES (:comment, :account) ON CONFLICT DO NOTHING")
                .param("comment", proposalId).param("account", accountId).update();
    }
}
