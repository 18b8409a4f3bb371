package org.parley.importing;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import that fails halfway — here the database refuses the seventh of ten paragraphs, as a
 * full disk or a lost connection would — leaves no section, paragraph, version or audit line
 * behind, and the same import succeeds once the cause is gone.
 */
@SpringBootTest
class FailedImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    ConsultationService consultations;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheSabotage() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_poison ON paragraph_version").update();
        jdbc.sql("DROP FUNCTION IF EXISTS refuse_poison()").update();
    }

    @Test
    void aFailureHalfwayLeavesNothingAndTheImportCanBeDoneAgain() {
        String slug = "failing-" + UUID.randomUUID().toString().substring(0, 8);
        long id = consultations.create(new NewConsultation(slug, "Failing import", null, null, null)).id();
        var text = new StringBuilder("# A report\n\n");
        for (int i = 1; i <= 10; i++) {
            text.append("## Section ").append(i).append("\n\nParagraph ").append(i).append(i == 7 ? " poison" : "")
                    .append(" of the report.\n\n");
        }
        jdbc.sql("""
                CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.text LIKE '%poison%' THEN RAISE EXCEPTION 'the disk is full'; END IF;
                    RETURN NEW;
                END $$""").update();
        jdbc.sql("CREATE TRIGGER refuse_poison BEFORE INSERT ON paragraph_version FOR EACH ROW EXECUTE FUNCTION refuse_poison()")
                .update();

        assertThatThrownBy(() -> imports.importText(slug, text.toString(), ImportFormat.MARKDOWN))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("the disk is full");

        assertThat(count("SELECT count(*) FROM section WHERE consultation_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM paragraph WHERE consultation_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM paragraph_version v JOIN paragraph p ON p.id = v.paragraph_id "
                + "WHERE p.consultation_id = ?", id)).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'consultation.text_imported' AND subject_id = ?", id))
                .isZero();

        removeTheSabotage();
        var result = imports.importText(slug, text.toString(), ImportFormat.MARKDOWN);
        assertThat(result.paragraphs()).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM paragraph WHERE consultation_id = ?", id)).isEqualTo(10);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).params(id).query(Long.class).single();
    }
}
