package org.parley;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helper for the tests that count statements: an open consultation of a given size, sections of
 * ten paragraphs about "digital cooperation", and comments "Comment n on cooperation." by the given
 * authors in turn, written in one batch.
 */
public record SizedConsultations(ConsultationService consultations, ImportService imports, JdbcClient jdbc,
                                 DataSource dataSource) {

    public String create(String prefix, int paragraphs, int comments, List<Long> authorIds) {
        String slug = open(prefix, paragraphs);
        var versions = paragraphVersions(slug);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < comments; i++) {
            long[] paragraph = versions.get(i % versions.size());
            String body = "Comment " + i + " on cooperation.";
            rows.add(new Object[] {paragraph[0], paragraph[1], authorIds.get(i % authorIds.size()), body, "<p>" + body + "</p>"});
        }
        new JdbcTemplate(dataSource).batchUpdate("INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html) VALUES (?, ?, ?, ?, ?)", rows);
        return slug;
    }

    /** Creates, imports and opens a consultation without comments; returns its slug. */
    public String open(String prefix, int paragraphs) {
        String slug = prefix + "-" + paragraphs + "-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Size " + paragraphs, null, now.minus(1, ChronoUnit.DAYS),
                now.plus(1, ChronoUnit.DAYS)));
        var text = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 10 == 1) {
                text.append("## ").append(i / 10 + 1).append(" Section\n\n");
            }
            text.append("Paragraph ").append(i).append(" says something about digital cooperation number ").append(i).append(".\n\n");
        }
        imports.importText(slug, text.toString(), ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        return slug;
    }

    /** Each paragraph's id and its first version's id, in reading order: what a comment row needs. */
    public List<long[]> paragraphVersions(String slug) {
        return jdbc.sql("""
                        SELECT p.id, v.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id WHERE c.slug = ? ORDER BY p.position""")
                .params(slug).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }
}
