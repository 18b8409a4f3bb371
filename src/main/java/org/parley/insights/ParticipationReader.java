package org.parley.insights;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Participation by group, country and region for the consultation and each session, section and
 * paragraph, in one statement: one row per person and act, every grouping at once (grouping sets),
 * then the groups under {@link #LEAST_SHOWN} people in each part merged into "other". A person is
 * counted once per part whatever they did; supports count where the supported proposal is. Only
 * published comments count: held, hidden and withdrawn ones are not part of the discussion.
 */
@Component
class ParticipationReader {

    /** Fewer people than this in a group, country or region are shown only within "other". */
    static final int LEAST_SHOWN = 5;

    private final JdbcClient jdbc;
    private final RegionalGroups regions;

    ParticipationReader(JdbcClient jdbc, RegionalGroups regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    List<Participation> participation(long consultationId) {
        return jdbc.sql("""
                        WITH region AS (
                            SELECT split_part(pair, '=', 1) AS country, split_part(pair, '=', 2) AS region
                            FROM unnest(string_to_array(:regions, ';')) AS pair
                        ), act AS (
                            SELECT m.author_id AS person, m.paragraph_id, p.section_id, s.session_id,
                                   (m.proposed_text IS NULL)::int AS comments, (m.proposed_text IS NOT NULL)::int AS proposals,
                                   0 AS supports
                            FROM discussion.comment m
                            JOIN consultation.paragraph p ON p.id = m.paragraph_id
                            JOIN consultation.section s ON s.id = p.section_id
                            WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED' AND m.author_id IS NOT NULL
                            UNION ALL
                            SELECT u.account_id, m.paragraph_id, p.section_id, s.session_id, 0, 0, 1
                            FROM discussion.support u
                            JOIN discussion.comment m ON m.id = u.comment_id
                            JOIN consultation.paragraph p ON p.id = m.paragraph_id
                            JOIN consultation.section s ON s.id = p.section_id
                            WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'
                        ), described AS (
                            SELECT act.*, d.dimension, d.key
                            FROM act
                            JOIN account.participant a ON a.id = act.person
                            LEFT JOIN region r ON r.country = a.country
                            CROSS JOIN LATERAL (VALUES ('GROUP', a.stakeholder_group), ('COUNTRY', coalesce(a.country, '')),
                                    ('REGION', CASE WHEN a.country IS NULL THEN '' ELSE coalesce(r.region, :none) END))
                                AS d (dimension, key)
                        ), counted AS (
                            SELECT CASE WHEN GROUPING(paragraph_id) = 0 THEN 'PARAGRAPH' WHEN GROUPING(section_id) = 0 THEN 'SECTION'
                                        WHEN GROUPING(session_id) = 0 THEN 'SESSION' ELSE 'CONSULTATION' END AS scope,
                                   CASE WHEN GROUPING(paragraph_id) = 0 THEN paragraph_id WHEN GROUPING(section_id) = 0 THEN section_id
                                        WHEN GROUPING(session_id) = 0 THEN session_id ELSE 0 END AS scope_id,
                                   dimension, key, count(DISTINCT person) AS participants, sum(comments) AS comments,
                                   sum(proposals) AS proposals, sum(supports) AS supports
                            FROM described
                            GROUP BY dimension, key, GROUPING SETS ((), (session_id), (section_id), (paragraph_id))
                        )
                        SELECT * FROM (
                            SELECT scope, scope_id, dimension, CASE WHEN participants < :least THEN NULL ELSE key END AS shown,
                                   sum(participants)::int AS participants, sum(comments)::int AS comments,
                                   sum(proposals)::int AS proposals, sum(supports)::int AS supports
                            FROM counted
                            WHERE scope_id IS NOT NULL
                            GROUP BY scope, scope_id, dimension, shown
                        ) merged
                        ORDER BY scope, scope_id, dimension, shown IS NULL, participants DESC, shown
                        """)
                .param("regions", regions.asParameter())
                .param("none", RegionalGroups.NONE)
                .param("consultation", consultationId)
                .param("least", LEAST_SHOWN)
                .query((rs, row) -> new Participation(Participation.Scope.valueOf(rs.getString("scope")), rs.getLong("scope_id"),
                        Participation.Dimension.valueOf(rs.getString("dimension")), rs.getString("shown"),
                        rs.getInt("participants"), rs.getInt("comments"), rs.getInt("proposals"), rs.getInt("supports")))
                .list();
    }
}
