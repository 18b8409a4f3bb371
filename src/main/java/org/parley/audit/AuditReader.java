package org.parley.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for the admin page, filtered by action and actor, a page at a time. */
@Component
class AuditReader {

    private static final String FILTER = """
             \sWHERE (CAST(:action AS text) IS NULL OR e.action = :action)
               AND (CAST(:actor AS bigint) IS NULL OR e.actor_id = :actor)""";

    private final JdbcClient jdbc;

    AuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    AuditPage page(@Nullable String action, @Nullable Long actor, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM audit_event e" + FILTER)
                .param("action", action).param("actor", actor).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pages);
        var entries = jdbc.sql("""
                        SELECT e.id, e.occurred_at, a.display_name, e.actor_id, e.action, e.subject_type, e.subject_id,
                               CAST(e.before_state AS text) AS before_state, CAST(e.details AS text) AS details
                          FROM audit_event e LEFT JOIN account.participant a ON a.id = e.actor_id """ + FILTER + """
                         ORDER BY e.occurred_at DESC, e.id DESC LIMIT :size OFFSET :offset""")
                .param("action", action).param("actor", actor)
                .param("size", size).param("offset", (long) (shown - 1) * size)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("display_name"), rs.getObject("actor_id", Long.class), rs.getString("action"),
                        rs.getString("subject_type"), rs.getObject("subject_id", Long.class),
                        rs.getString("before_state"), rs.getString("details")))
                .list();
        return new AuditPage(entries, shown, pages, total);
    }

    @Transactional(readOnly = true)
    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
    }

    /** Everyone who has acted, by name: id and display name. */
    @Transactional(readOnly = true)
    List<Actor> actors() {
        return jdbc.sql("""
                        SELECT a.id, a.display_name FROM account.participant a
                         WHERE EXISTS (SELECT 1 FROM audit_event e WHERE e.actor_id = a.id) ORDER BY a.display_name, a.id""")
                .query((rs, n) -> new Actor(rs.getLong(1), rs.getString(2))).list();
    }

    record Actor(long id, String name) {
    }
}
