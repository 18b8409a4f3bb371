package org.parley.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A consultation's sessions, sections and paragraphs for the insights, in two statements. */
@Component
class OutlineReader {

    private final JdbcClient jdbc;

    OutlineReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Outline outline(long consultationId) {
        var sessions = new LinkedHashMap<Long, Outline.SessionPart>();
        var sections = new ArrayList<Outline.SectionPart>();
        jdbc.sql("""
                        SELECT s.id, s.number_label, s.title, s.session_id, w.code, w.title AS session_title
                        FROM consultation.section s LEFT JOIN session.session w ON w.id = s.session_id
                        WHERE s.consultation_id = :consultation ORDER BY s.position""")
                .param("consultation", consultationId)
                .query(rs -> {
                    Long session = rs.getObject("session_id", Long.class);
                    if (session != null) {
                        sessions.putIfAbsent(session, new Outline.SessionPart(session, rs.getString("code"),
                                rs.getString("session_title")));
                    }
                    sections.add(new Outline.SectionPart(rs.getLong("id"), rs.getString("number_label"), rs.getString("title"),
                            session));
                });
        var paragraphs = jdbc.sql("""
                        SELECT id, anchor, number FROM consultation.paragraph
                        WHERE consultation_id = :consultation AND removed_at IS NULL ORDER BY position""")
                .param("consultation", consultationId)
                .query((rs, row) -> new Outline.ParagraphPart(rs.getLong("id"), rs.getString("anchor"), rs.getString("number")))
                .list();
        return new Outline(new ArrayList<>(sessions.values()), sections, paragraphs);
    }
}
