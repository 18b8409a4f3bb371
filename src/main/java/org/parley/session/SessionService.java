package org.parley.session;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who organises which session. */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private final JdbcClient jdbc;

    SessionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isOrganiser(long sessionId, long accountId) {
        return jdbc.sql("SELECT count(*) FROM session_organiser WHERE session_id = :session AND account_id = :account")
                .param("session", sessionId)
                .param("account", accountId)
                .query(Long.class)
                .single() > 0;
    }
}
