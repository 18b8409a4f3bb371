package org.parley;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: an open consultation of any number of paragraphs, in sections of ten, for tests of what grows with size. */
public final class SizedConsultations {

    private SizedConsultations() {
    }

    /** Creates, imports and opens it; returns its slug. */
    public static String open(ConsultationService consultations, ImportService imports, String prefix, int paragraphs) {
        String slug = prefix + paragraphs + "-" + System.nanoTime();
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
    public static List<long[]> paragraphVersions(JdbcClient jdbc, String slug) {
        return jdbc.sql("""
                        SELECT p.id, v.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id WHERE c.slug = ? ORDER BY p.position""")
                .params(slug).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }
}
