package org.parley.consultation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/*
 * Inserts the paragraphs of an import and their first versions in two statements, whatever their
 * number: one row per paragraph through unnest() of arrays. Written one entity at a time, the
 * identity keys made it two round trips per paragraph, several seconds for a 3,000-paragraph report.
 */
@Component
class ImportedParagraphs {

    record Row(long sectionId, int position, String anchor, String number, ParagraphKind kind, String text, String html) {
    }

    private final JdbcClient jdbc;

    ImportedParagraphs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long consultationId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO paragraph (consultation_id, section_id, position, anchor, number, kind, current_version)
                        SELECT :consultation, r.section_id, r.position, r.anchor, r.number, r.kind, 1
                        FROM unnest(CAST(:sections AS bigint[]), CAST(:positions AS int[]), CAST(:anchors AS text[]), CAST(:numbers AS text[]), CAST(:kinds AS text[]))
                             AS r(section_id, position, anchor, number, kind)""")
                .param("consultation", consultationId)
                .param("sections", rows.stream().map(Row::sectionId).toArray(Long[]::new))
                .param("positions", rows.stream().map(Row::position).toArray(Integer[]::new))
                .param("anchors", rows.stream().map(Row::anchor).toArray(String[]::new))
                .param("numbers", rows.stream().map(Row::number).toArray(String[]::new))
                .param("kinds", rows.stream().map(row -> row.kind().name()).toArray(String[]::new))
                .update();
        jdbc.sql("""
                        INSERT INTO paragraph_version (paragraph_id, n, text, html, source)
                        SELECT p.id, 1, r.text, r.html, 'IMPORT'
                        FROM unnest(CAST(:positions AS int[]), CAST(:texts AS text[]), CAST(:htmls AS text[])) AS r(position, text, html)
                        JOIN paragraph p ON p.consultation_id = :consultation AND p.position = r.position""")
                .param("consultation", consultationId)
                .param("positions", rows.stream().map(Row::position).toArray(Integer[]::new))
                .param("texts", rows.stream().map(Row::text).toArray(String[]::new))
                .param("htmls", rows.stream().map(Row::html).toArray(String[]::new))
                .update();
    }
}
