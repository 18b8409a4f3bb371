package org.parley.importing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/* The numbers people cite ("para. 2(b)") are the ones the consultation shows. */
@SpringBootTest
class SourceNumbersIntoDatabaseTest {

    @Autowired
    ImportService imports;

    @Autowired
    ConsultationService consultations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTextNumberedByParagraphKeepsItsNumbers() {
        String slug = newConsultation();

        imports.importText(slug, new String(CorpusTest.read("un-report.txt"), StandardCharsets.UTF_8), null);

        assertThat(numbers(slug)).containsExactly("¶1", "1", "2", "2(a)", "2(b)", "¶6", "3", "4");
        assertThat(jdbc.sql("""
                        SELECT v.text FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? AND p.number = '2(b)'""")
                .params(slug).query(String.class).single()).startsWith("it involves governments");
    }

    @Test
    void aWordDocumentKeepsItsAutomaticNumbersAndAnOrdinaryTextIsNumberedByParley() {
        String word = newConsultation();
        String ordinary = newConsultation();

        imports.importText(word, Base64.getEncoder().encodeToString(CorpusTest.read("lo-numbered.docx")), ImportFormat.DOCX);
        imports.importText(ordinary, Base64.getEncoder().encodeToString(CorpusTest.read("lo-report.docx")), ImportFormat.DOCX);

        assertThat(numbers(word)).containsExactly("1", "2", "3", "3(a)", "3(b)", "4");
        assertThat(jdbc.sql("SELECT number_label FROM section s JOIN consultation c ON c.id = s.consultation_id"
                + " WHERE c.slug = ? ORDER BY s.position").params(word).query(String.class).list()).containsExactly("I", "II");
        assertThat(numbers(ordinary)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    private List<String> numbers(String slug) {
        return jdbc.sql("""
                        SELECT p.number FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? ORDER BY p.position""").params(slug).query(String.class).list();
    }

    private String newConsultation() {
        String slug = "numbers-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Numbers", null, null, null));
        return slug;
    }
}
