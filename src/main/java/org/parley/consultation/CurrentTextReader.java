package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the live text for a re-import, and what earlier revisions removed, for the reading page. */
@Component
class CurrentTextReader {

    private final JdbcClient jdbc;

    CurrentTextReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CurrentText read(long consultationId) {
        var sections = jdbc.sql("""
                        SELECT id, number_label, title FROM section
                        WHERE consultation_id = :consultation AND removed_at IS NULL ORDER BY position""")
                .param("consultation", consultationId)
                .query((rs, row) -> new CurrentText.Section(rs.getLong("id"), rs.getString("number_label"),
                        rs.getString("title")))
                .list();
        var paragraphs = new ArrayList<CurrentText.Paragraph>();
        var removed = new ArrayList<CurrentText.Paragraph>();
        jdbc.sql("""
                        SELECT p.id, p.section_id, p.anchor, p.number, p.kind, p.current_version, v.text, v.html,
                               p.removed_at IS NOT NULL AS removed
                        FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE p.consultation_id = :consultation ORDER BY p.position""")
                .param("consultation", consultationId)
                .query(rs -> {
                    (rs.getBoolean("removed") ? removed : paragraphs).add(new CurrentText.Paragraph(rs.getLong("id"),
                            rs.getLong("section_id"), rs.getString("anchor"), rs.getString("number"),
                            ParagraphKind.valueOf(rs.getString("kind")), rs.getInt("current_version"),
                            rs.getString("text"), rs.getString("html")));
                });
        return new CurrentText(sections, paragraphs, removed);
    }

    List<RemovedParagraph> removed(long consultationId) {
        return jdbc.sql("""
                        SELECT p.id, p.anchor, p.number, p.removed_at, v.html
                        FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE p.consultation_id = :consultation AND p.removed_at IS NOT NULL
                        ORDER BY p.removed_at DESC, p.position""")
                .param("consultation", consultationId)
                .query((rs, row) -> new RemovedParagraph(rs.getLong("id"), rs.getString("anchor"), rs.getString("number"),
                        rs.getTimestamp("removed_at").toInstant(), rs.getString("html")))
                .list();
    }
}
