package org.parley.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.TextAlreadyImported;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both seed texts go into the real database as the sections and paragraphs people will read. */
@SpringBootTest
class ImportIntoDatabaseTest {

    @Autowired
    ImportService imports;

    @Autowired
    ConsultationService consultations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRoadmapAnalysisKeepsItsSectionTreeListsAndTables() {
        String slug = newConsultation();

        var result = imports.importText(slug, Outlines.demo("roadmap-analysis.md"), ImportFormat.MARKDOWN);

        assertThat(result.paragraphs()).isEqualTo(47);
        assertThat(sectionTree(slug)).startsWith(
                "1 null UN Digital Roadmap: The realistic acceleration of digital cooperation",
                "2 1 A digest of proposed actions and projects",
                "3 null Actions which will be undertaken by the UN Secretary-General");
        assertThat(sectionTree(slug)).contains("2 2 Analysis: The Roadmap’s main messages",
                "3 null Next Steps between the Sprint and the Marathon");
        assertThat(count(slug, "BULLET_ITEM")).isEqualTo(6);
        List<String> tables = jdbc.sql("""
                        SELECT v.html FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id
                        JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? AND p.kind = 'TABLE' ORDER BY p.position""")
                .params(slug).query(String.class).list();
        assertThat(tables).hasSize(3);
        assertThat(tables).allSatisfy(table -> assertThat(table).contains("<th>Level of commitment</th>"));
        assertThat(tables.get(0)).contains("<td>I will establish</td>", "a Technology Envoy in 2021");
        assertThat(tables.get(0).split("<tr>", -1)).hasSize(1 + 1 + 5);
    }

    @Test
    void theReportSectionFromPlainTextIsOneNumberedSection() {
        String slug = newConsultation();
        String seed = Outlines.demo("000_b59dd4ee854dcf2d.txt");
        String report = seed.substring(0, seed.indexOf("Recent Comments on this Site"));

        var result = imports.importText(slug, report, ImportFormat.PLAIN_TEXT);

        assertThat(result.paragraphs()).isEqualTo(17);
        assertThat(sectionTree(slug)).containsExactly("1 4.3 The role of the UN");
        assertThat(jdbc.sql("""
                        SELECT p.number FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? ORDER BY p.position""").params(slug).query(String.class).list())
                .startsWith("1", "2", "3").endsWith("17");
    }

    @Test
    void theSameTextGetsTheSameAnchorsWhenImportedAgain() {
        String first = newConsultation();
        String second = newConsultation();
        String text = Outlines.demo("age-of-digital-interdependence.md");

        imports.importText(first, text, ImportFormat.MARKDOWN);
        imports.importText(second, text, ImportFormat.MARKDOWN);

        assertThat(anchors(first)).hasSize(16).doesNotHaveDuplicates().isEqualTo(anchors(second));
    }

    @Test
    void aConsultationTakesItsFirstTextOnlyOnce() {
        String slug = newConsultation();
        imports.importText(slug, "# One\n\nFirst text.", ImportFormat.MARKDOWN);

        assertThatThrownBy(() -> imports.importText(slug, "# Two\n\nSecond text.", ImportFormat.MARKDOWN))
                .isInstanceOf(TextAlreadyImported.class);
        assertThat(sectionTree(slug)).containsExactly("1 null One");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String slug = newConsultation();
        // invalid UTF-8, and 0x81 is undefined in Windows-1252, so it is not read as that either
        byte[] invalidUtf8 = {'T', 'e', 'x', 't', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0x81};
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> imports.preview("  \n ", null, null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
        assertThatThrownBy(() -> imports.preview(binary, "report.md", null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.binary"));
        assertThatThrownBy(() -> imports.preview(invalidUtf8, "report.txt", null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.encoding"));
        assertThatThrownBy(() -> imports.importText(slug, "", ImportFormat.MARKDOWN))
                .isInstanceOf(ImportRejected.class);
        assertThatThrownBy(() -> imports.importText(slug, "# Only a heading\n\n## And another", ImportFormat.MARKDOWN))
                .isInstanceOfSatisfying(OnlyHeadings.class, e -> assertThat(e.levels()).containsExactly(
                        org.assertj.core.api.Assertions.entry(1, 1), org.assertj.core.api.Assertions.entry(2, 1)));

        assertThat(sectionTree(slug)).isEmpty();
        assertThat(consultations.summary(slug).paragraphCount()).isZero();
    }

    @Test
    void textWithoutHeadingsBecomesOneUntitledSection() {
        String slug = newConsultation();

        imports.importText(slug, "First paragraph.\n\nSecond paragraph.", null);

        assertThat(sectionTree(slug)).containsExactly("1 null null");
        assertThat(consultations.summary(slug).paragraphCount()).isEqualTo(2);
    }

    @Test
    void scriptsAndJavascriptLinksAreRemovedBeforeTheyAreStored() {
        String slug = newConsultation();
        String hostile = """
                # Hostile

                Click [here](javascript:alert(1)) or <a href="javascript:alert(2)">there</a>.

                <script>alert(3)</script>

                <img src=x onerror=alert(4)> and <b onclick="alert(5)">bold</b>
                """;

        imports.importText(slug, new String(hostile.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), ImportFormat.MARKDOWN);

        String stored = String.join("\n", jdbc.sql("""
                        SELECT v.html FROM paragraph_version v JOIN paragraph p ON p.id = v.paragraph_id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?""")
                .params(slug).query(String.class).list());
        assertThat(stored).contains("here", "there", "bold")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick");
    }

    private String newConsultation() {
        String slug = "import-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Import test", null, null, null));
        return slug;
    }

    private List<String> sectionTree(String slug) {
        return jdbc.sql("""
                        SELECT s.depth || ' ' || coalesce(s.number_label, 'null') || ' ' || coalesce(s.title, 'null')
                        FROM section s JOIN consultation c ON c.id = s.consultation_id
                        WHERE c.slug = ? ORDER BY s.position""")
                .params(slug).query(String.class).list();
    }

    private List<String> anchors(String slug) {
        return jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? ORDER BY p.position""")
                .params(slug).query(String.class).list();
    }

    private long count(String slug, String kind) {
        return jdbc.sql("""
                        SELECT count(*) FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? AND p.kind = ?""")
                .params(slug, kind).query(Long.class).single();
    }
}
