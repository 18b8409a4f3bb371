package org.parley.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.discussion.ProposalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Proposals per session by status with their times to decision, and the most supported ones: a statement each. */
@Component
class ProposalOutcomeReader {

    static final int MOST_SUPPORTED = 10;

    private final JdbcClient jdbc;

    ProposalOutcomeReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per session with proposals, one for proposals outside any session, and the total last. */
    List<ProposalOutcomes> outcomes(long consultationId, Instant now) {
        return jdbc.sql("""
                        SELECT GROUPING(s.session_id) = 1 AS everything, s.session_id, w.code, w.title,
                               count(*) FILTER (WHERE m.proposal_status = 'OPEN') AS open,
                               count(*) FILTER (WHERE m.proposal_status = 'ACCEPTED') AS accepted,
                               count(*) FILTER (WHERE m.proposal_status = 'ACCEPTED_WITH_EDITS') AS accepted_with_edits,
                               count(*) FILTER (WHERE m.proposal_status = 'REJECTED') AS rejected,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.decided_at - m.created_at)::float8)
                                   FILTER (WHERE m.proposal_status IN ('ACCEPTED', 'ACCEPTED_WITH_EDITS', 'REJECTED')
                                           AND m.decided_at IS NOT NULL) AS median_seconds,
                               max(extract(epoch FROM CAST(:now AS timestamptz) - m.created_at)::float8)
                                   FILTER (WHERE m.proposal_status = 'OPEN') AS longest_open_seconds
                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.section s ON s.id = p.section_id
                        LEFT JOIN session.session w ON w.id = s.session_id
                        WHERE p.consultation_id = :consultation AND m.proposed_text IS NOT NULL AND m.status = 'PUBLISHED'
                          AND m.proposal_status IN ('OPEN', 'ACCEPTED', 'ACCEPTED_WITH_EDITS', 'REJECTED')
                        GROUP BY GROUPING SETS ((s.session_id, w.code, w.title), ())
                        HAVING count(*) > 0
                        ORDER BY everything, w.code NULLS LAST""")
                .param("consultation", consultationId)
                .param("now", java.sql.Timestamp.from(now))
                .query((rs, row) -> {
                    Long session = rs.getObject("session_id", Long.class);
                    var part = rs.getBoolean("everything") ? ProposalOutcomes.Part.ALL
                            : session == null ? ProposalOutcomes.Part.OUTSIDE_SESSIONS : ProposalOutcomes.Part.SESSION;
                    return new ProposalOutcomes(part, session, rs.getString("code"), rs.getString("title"),
                            rs.getInt("open"), rs.getInt("accepted"), rs.getInt("accepted_with_edits"), rs.getInt("rejected"),
                            seconds(rs.getObject("median_seconds", Double.class)),
                            seconds(rs.getObject("longest_open_seconds", Double.class)));
                })
                .list();
    }

    List<SupportedProposal> mostSupported(long consultationId) {
        return jdbc.sql("""
                        SELECT m.id, m.proposed_text, p.anchor, p.number, m.proposal_status, count(u.account_id)::int AS supports
                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN discussion.support u ON u.comment_id = m.id
                        WHERE p.consultation_id = :consultation AND m.proposed_text IS NOT NULL AND m.status = 'PUBLISHED'
                        GROUP BY m.id, m.proposed_text, m.proposal_status, m.created_at, p.anchor, p.number
                        ORDER BY supports DESC, m.created_at, m.id
                        LIMIT :limit""")
                .param("consultation", consultationId)
                .param("limit", MOST_SUPPORTED)
                .query((rs, row) -> new SupportedProposal(rs.getLong("id"), rs.getString("proposed_text"), rs.getString("anchor"),
                        rs.getString("number"), rs.getInt("supports"), ProposalStatus.valueOf(rs.getString("proposal_status"))))
                .list();
    }

    private static @Nullable Duration seconds(@Nullable Double seconds) {
        return seconds == null ? null : Duration.ofSeconds(Math.round(seconds));
    }
}
