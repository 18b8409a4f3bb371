package org.parley.importing;

import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/* A PDF and an OpenDocument text from the upload to the reading page, and a PDF revision that keeps its comments. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsImportFlowTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ConsultationService consultations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPdfIsPreviewedWithWhatWasRecognisedAndImportedWithItsNumbers() {
        String slug = createConsultation();

        var preview = preview(slug, "A_HRC_50_55.pdf", UnPdf.report().bytes());

        assertThat(preview.select(".findings li").eachText()).contains("2 pages read.", "3 headings recognised.",
                "8 paragraphs keep the number the source printed, 4 of them sub-paragraphs such as 12(a).");
        assertThat(preview.select(".findings").text()).contains("running header and footer lines were dropped",
                "A/HRC/50/55", "footnote was taken from the foot of the page");
        var page = confirm(slug, preview);
        assertThat(page.select("a.paragraph-number").eachText())
                .containsExactly("1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "3", "4");
        assertThat(page.select(".paragraph-text").text()).contains("[2] See A/77/123").doesNotContain("GE.22-12345");
    }

    @Test
    void anOdtIsImported() {
        String slug = createConsultation();

        var preview = preview(slug, "report.odt", Odt.text("""
                <text:h text:outline-level="1">Introduction</text:h><text:p>The Forum met in Kyoto.</text:p>
                <text:h text:outline-level="1">Messages</text:h><text:p>Artificial intelligence was discussed.</text:p>
                """));

        assertThat(preview.text()).contains("read as OpenDocument text (.odt)");
        var page = confirm(slug, preview);
        assertThat(page.select(".paragraph-text").eachText()).containsExactly("The Forum met in Kyoto.",
                "Artificial intelligence was discussed.");
        assertThat(page.text()).contains("II Messages");
    }

    @Test
    void aRevisedPdfKeepsTheCommentsOnTheirParagraphs() {
        String slug = createConsultation();
        confirm(slug, preview(slug, "report.pdf", UnPdf.report().bytes()));
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        var helper = new Discussions(mvc, jdbc, accounts, consultations);
        var author = helper.participant("Ana");
        String anchor = anchorOf(slug, "Digital public goods contribute%");
        assertThat(helper.post(slug, anchor, author, "Name the goods.", helper.shownAt(slug, anchor, author), "",
                "10.0.0.1")).hasStatus3xxRedirection();

        var report = mvc.post().uri("/admin/consultations/{slug}/reimport/report", slug).multipart()
                .file(new MockMultipartFile("file", "report-rev1.pdf", "application/pdf", UnPdf.revised().bytes()))
                .param("corrections", "").with(ADMIN).with(csrf()).exchange();
        assertThat(report).hasStatusOk();
        assertThat(Reimports.confirm(mvc, slug, Pages.html(report), "")).hasStatus3xxRedirection();

        assertThat(jdbc.sql("""
                        SELECT v.text FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE m.author_id = :author""").param("author", author.id()).query(String.class).single())
                .startsWith("Digital public goods contribute");
        assertThat(Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange()).select("a.paragraph-number")
                .eachText()).contains("2(b)(iii)");
    }

    @Test
    void aTextOfHeadingsOnlyIsOfferedItsLevelsAndImportedWithOneReadAsParagraphs() {
        String slug = createConsultation();
        String outline = "# Agenda\n\n## Opening of the session\n\n## Adoption of the agenda\n\n## Digital cooperation\n";

        var refused = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("text", outline).param("format", "MARKDOWN").with(ADMIN).with(csrf()).exchange();
        var form = Pages.html(refused);
        assertThat(form.select("#import-error").text()).contains("has headings but no paragraphs");
        assertThat(form.select("#headingsAsParagraphs option").eachText()).containsExactly("No, keep every heading",
                "Level 1 and deeper (1 heading at level 1)", "Level 2 and deeper (3 headings at level 2)");

        var preview = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("text", outline).param("format", "MARKDOWN").param("headingsAsParagraphs", "2")
                .with(ADMIN).with(csrf()).exchange());
        assertThat(preview.select(".warnings li").eachText()).contains("Headings of level 2 and deeper are read as paragraphs.");
        var form2 = preview.selectFirst("form[method=post]:has(input[name=format])");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", form2.selectFirst("[name=text]").val()).param("format", "MARKDOWN")
                .param("headingsAsParagraphs", form2.selectFirst("[name=headingsAsParagraphs]").val())
                .with(ADMIN).with(csrf())).hasStatus3xxRedirection();
        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".paragraph-text").eachText()).containsExactly("Opening of the session",
                "Adoption of the agenda", "Digital cooperation");
    }

    @Test
    void oddHeadingLevelsNeverGiveAnError() {
        String slug = createConsultation();

        for (String level : new String[] {"x", "-3", "0", "999999", "99999999999"}) {
            var result = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                    .param("text", "# One\n\nText.\n\n## Two\n\nMore.").param("format", "MARKDOWN")
                    .param("headingsAsParagraphs", level).with(ADMIN).with(csrf()).exchange();
            assertThat(result.getResponse().getStatus()).as("headingsAsParagraphs=%s", level).isIn(200, 400);
        }
        assertThat(consultations.summary(slug).paragraphCount()).isZero();
    }

    private String anchorOf(String slug, String textLike) {
        return jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE c.slug = :slug AND v.text LIKE :text""")
                .param("slug", slug).param("text", textLike).query(String.class).single();
    }

    private Element preview(String slug, String filename, byte[] bytes) {
        return ImportFlows.preview(mvc, slug, filename, bytes);
    }

    private Element confirm(String slug, Element preview) {
        return ImportFlows.confirm(mvc, slug, preview);
    }

    private String createConsultation() {
        String slug = "documents-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Documents", null, null, null));
        return slug;
    }
}
