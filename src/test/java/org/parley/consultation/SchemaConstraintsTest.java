package org.parley.consultation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps the rules the text depends on, whatever code writes to it. */
@SpringBootTest
class SchemaConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    TransactionTemplate transaction;

    long consultationId;
    long sectionId;

    @BeforeEach
    void createConsultationWithOneSection() {
        String slug = "schema-" + System.nanoTime();
        consultationId = consultations.create(new NewConsultation(slug, "Schema", null, null, null)).id();
        sectionId = jdbc.sql("INSERT INTO section (consultation_id, position, depth, title) VALUES (?, 0, 1, 'S') RETURNING id")
                .params(consultationId).query(Long.class).single();
    }

    @Test
    void aParagraphVersionCannotBeRewritten() {
        long versionId = insertParagraphWithVersion("p-aaaaaaaa", 0);

        assertThatThrownBy(() -> jdbc.sql("UPDATE paragraph_version SET text = 'changed' WHERE id = ?").params(versionId).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");
        assertThat(jdbc.sql("SELECT text FROM paragraph_version WHERE id = ?").params(versionId).query(String.class).single())
                .isEqualTo("original");
    }

    @Test
    void anchorsAreUniqueWithinAConsultation() {
        insertParagraphWithVersion("p-bbbbbbbb", 0);

        assertThatThrownBy(() -> insertParagraphWithVersion("p-bbbbbbbb", 1))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("paragraph_anchor_per_consultation");
    }

    @Test
    void aParagraphHasOneVersionPerNumber() {
        long versionId = insertParagraphWithVersion("p-cccccccc", 0);
        long paragraphId = jdbc.sql("SELECT paragraph_id FROM paragraph_version WHERE id = ?").params(versionId).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO paragraph_version (paragraph_id, n, text, html, source) VALUES (?, 1, 'again', '<p>again</p>', 'IMPORT')")
                .params(paragraphId).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("paragraph_version_number_per_paragraph");
    }

    @Test
    void aConsultationCannotCloseBeforeItOpens() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO consultation (slug, title, opens_at, closes_at)
                        VALUES ('backwards', 'Backwards', now(), now() - interval '1 day')""").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("consultation_closes_after_it_opens");
    }

    @Test
    void aRejectedProposalNeedsAReason() {
        long versionId = insertParagraphWithVersion("p-dddddddd", 0);
        long paragraphId = jdbc.sql("SELECT paragraph_id FROM paragraph_version WHERE id = ?").params(versionId).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO comment (paragraph_id, version_id, body, body_html, proposed_text, proposal_status)
                        VALUES (?, ?, 'Better wording', '<p>Better wording</p>', 'New text', 'REJECTED')""").params(paragraphId, versionId).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("comment_rejection_has_reason");
    }

    @Test
    void aParagraphCannotExistWithoutItsCurrentVersion() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> insertParagraph("p-eeeeeeee", 0)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("paragraph_current_version_exists");
        assertThat(jdbc.sql("SELECT count(*) FROM paragraph WHERE anchor = 'p-eeeeeeee'").query(Long.class).single()).isZero();
    }

    private long insertParagraphWithVersion(String anchor, int position) {
        return transaction.execute(status -> {
            long paragraphId = insertParagraph(anchor, position);
            return jdbc.sql("INSERT INTO paragraph_version (paragraph_id, n, text, html, source) VALUES (?, 1, 'original', '<p>original</p>', 'IMPORT') RETURNING id")
                    .params(paragraphId).query(Long.class).single();
        });
    }

    private long insertParagraph(String anchor, int position) {
        return jdbc.sql("""
                        INSERT INTO paragraph (consultation_id, section_id, position, anchor, number, kind)
                        VALUES (?, ?, ?, ?, ?, 'PARAGRAPH') RETURNING id""")
                .params(consultationId, sectionId, position, anchor, String.valueOf(position + 1)).query(Long.class).single();
    }
}
