package org.parley.insights;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Comments and proposals per UTC day, only the days with any. */
@Component
class ActivityReader {

    private final JdbcClient jdbc;

    ActivityReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ActivityDay> days(long consultationId) {
        return jdbc.sql("""
                        SELECT (m.created_at AT TIME ZONE 'UTC')::date AS day,
                               count(*) FILTER (WHERE m.proposed_text IS NULL)::int AS comments,
                               count(*) FILTER (WHERE m.proposed_text IS NOT NULL)::int AS proposals
                        FROM discussion.comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'
                        GROUP BY day ORDER BY day""")
                .param("consultation", consultationId)
                .query((rs, row) -> new ActivityDay(rs.getObject("day", java.time.LocalDate.class), rs.getInt("comments"),
                        rs.getInt("proposals")))
                .list();
    }
}
