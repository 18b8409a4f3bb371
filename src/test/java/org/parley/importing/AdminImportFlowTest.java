package org.parley.importing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An admin creates a consultation, uploads its text, checks the preview and confirms. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminImportFlowTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");
    private static final RequestPostProcessor PARTICIPANT = user("participant@example.org").roles("PARTICIPANT");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Test
    void adminCreatesAConsultationPreviewsAndImportsItsText() {
        String slug = "flow-" + System.nanoTime();

        assertThat(mvc.post().uri("/admin/consultations").with(ADMIN).with(csrf())
                .param("title", "The role of the UN").param("slug", slug).param("summary", "Section 4.3")
                .param("opensAt", "2026-11-01T09:00").param("closesAt", "2026-12-01T17:00"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/consultations/" + slug + "/import");

        var form = Pages.html(mvc.get().uri("/admin/consultations/{slug}/import", slug).with(ADMIN).exchange());
        assertThat(form.select("form[enctype=multipart/form-data]").attr("action"))
                .as("the token goes in the body, not the address").isEqualTo("/admin/consultations/" + slug + "/import/preview");
        assertThat(form.select("form[enctype=multipart/form-data] input[type=hidden][name=_csrf]").val()).isNotBlank();

        var file = new MockMultipartFile("file", "roadmap-analysis.md", "text/markdown",
                Outlines.demo("roadmap-analysis.md").getBytes(StandardCharsets.UTF_8));
        var previewResult = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .file(file).param("format", "").with(ADMIN).with(csrf()).exchange();
        assertThat(previewResult).hasStatusOk();
        var preview = Pages.html(previewResult);
        assertThat(preview.select("h1").text()).isEqualTo("Check the import");
        assertThat(preview.select("main > p").eachText()).contains("14 sections, 47 paragraphs, read as Markdown.");
        assertThat(preview.select(".preview-tree tbody tr").first().text())
                .isEqualTo("UN Digital Roadmap: The realistic acceleration of digital cooperation 14");
        assertThat(preview.select(".preview-text .paragraph")).hasSize(47);
        assertThat(preview.select(".preview-text .paragraph-number").last().text()).isEqualTo("47");
        assertThat(preview.select(".preview-text .kind-table table")).hasSize(3);
        assertThat(consultations.summary(slug).paragraphCount()).as("nothing is written by a preview").isZero();

        String carriedText = preview.select("textarea[name=text]").first().wholeText();
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("format", preview.select("input[name=format]").val()).param("text", carriedText)
                .with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/c/" + slug);

        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".paragraph")).hasSize(47);
        assertThat(page.select(".paragraph-number").eachText()).startsWith("1", "2", "3").endsWith("47");
        assertThat(page.select(".kind-table table")).hasSize(3);
        assertThat(consultations.summary(slug).paragraphCount()).isEqualTo(47);
    }

    @Test
    void thePreviewWarnsAboutWhatLooksWrong() {
        String slug = createConsultation();
        String text = "# Intro\n\n# Empty heading\n\n# Intro\n\nText.\n\n" + "Long ".repeat(700);

        var preview = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("text", text).param("format", "MARKDOWN").with(ADMIN).with(csrf()).exchange());

        assertThat(preview.select(".warnings li").eachText()).containsExactlyInAnyOrder(
                "The section \"Empty heading\" has no paragraphs.",
                "The heading \"Intro\" appears more than once.",
                "The section \"Intro\" has no paragraphs.",
                "A paragraph in \"Intro\" is very long (3,499 characters): \"Long Long Long Long Long Long Long Long Long Long Long Long …\". Check that paragraphs are separated by blank lines.");
    }

    @Test
    void badFilesGetAClearMessageAndNothingIsWritten() {
        String slug = createConsultation();
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        // "Café" in ISO-8859-1 now reads as Windows-1252; 0x8D is undefined there, so this is neither
        byte[] neitherUtf8NorWindows1252 = {'C', 'a', 'f', (byte) 0xE9, (byte) 0x8D};

        assertRejected(slug, new MockMultipartFile("file", "report.docx", "application/octet-stream", brokenZip),
                "This Word document cannot be read");
        assertRejected(slug, new MockMultipartFile("file", "report.docx", "application/octet-stream",
                "not a zip at all".getBytes(StandardCharsets.UTF_8)), "This Word document cannot be read");
        assertRejected(slug, new MockMultipartFile("file", "chart.png", "image/png", png), "This file is not text");
        assertRejected(slug, new MockMultipartFile("file", "report.txt", "text/plain", neitherUtf8NorWindows1252),
                "This file is not valid UTF-8 text (the first invalid byte is at position 3)");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("format", "DOCX").param("text", "bm90IGEgemlw").with(ADMIN).with(csrf()))
                .hasStatusOk().bodyText().contains("This Word document cannot be read");
        var empty = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("text", "   ").with(ADMIN).with(csrf()).exchange());
        assertThat(empty.select("[role=alert]").text()).contains("The text is empty", "Nothing was saved.");

        assertThat(consultations.summary(slug).paragraphCount()).isZero();
    }

    @Test
    void aWordDocumentIsPreviewedWithItsWarningsCarriedAndImported() {
        String slug = createConsultation();
        byte[] docx = Docx.report();

        var previewResult = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .file(new MockMultipartFile("file", "roadmap.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
                .param("format", "").with(ADMIN).with(csrf()).exchange();
        assertThat(previewResult).hasStatusOk();
        var preview = Pages.html(previewResult);
        assertThat(preview.select("main > p").eachText())
                .contains("4 sections, 8 paragraphs, read as Word document (.docx).");
        assertThat(preview.select(".warnings li").eachText()).contains(
                "1 image was left out: only text is imported.",
                "The comments in the Word document (1) were left out.",
                "The document has tracked changes: insertions are imported, deletions are left out.");
        assertThat(preview.select(".preview-text .kind-table td[colspan=2]").text()).isEqualTo("UNICEF and ITU");
        assertThat(preview.select("input[name=format]").val()).isEqualTo("DOCX");
        String carried = preview.select("textarea[name=text]").first().wholeText();
        assertThat(java.util.Base64.getDecoder().decode(carried)).isEqualTo(docx);
        assertThat(consultations.summary(slug).paragraphCount()).as("nothing is written by a preview").isZero();

        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("format", "DOCX").param("text", carried).with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/c/" + slug);

        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".paragraph")).hasSize(8);
        assertThat(page.text()).contains("The role of the UN", "Next steps", "Member States agree unanimously.")
                .doesNotContain("reluctantly");
        assertThat(page.select(".paragraph strong").eachText()).contains("convening");
        assertThat(page.select(".kind-table table td[rowspan=2]").text()).isEqualTo("Map actors");
        assertThat(consultations.summary(slug).paragraphCount()).isEqualTo(8);
    }

    @Test
    void aWebPageAndAWindows1252TextAreImported() {
        String html = "<!doctype html><html><body><nav><a href='/'>Home</a></nav><main><h1>1. Scope</h1>"
                + "<p>The UN’s role.</p><script>alert(1)</script></main><footer>Footer</footer></body></html>";
        var webPage = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", createConsultation())
                .multipart().file(new MockMultipartFile("file", "page.html", "text/html", html.getBytes(StandardCharsets.UTF_8)))
                .with(ADMIN).with(csrf()).exchange());
        assertThat(webPage.select("main > p").eachText()).contains("1 section, 1 paragraph, read as Web page (HTML).");
        assertThat(webPage.select(".preview-text").text()).isEqualTo("1 Scope 1 The UN’s role. Paragraph");

        byte[] windows1252 = "1. Scope\n\nThe UN’s role – “digital”.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var text = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", createConsultation())
                .multipart().file(new MockMultipartFile("file", "report.txt", "text/plain", windows1252))
                .with(ADMIN).with(csrf()).exchange());
        assertThat(text.select(".preview-text .paragraph-text").text()).isEqualTo("The UN’s role – “digital”.");
    }

    @Test
    void aSecondImportIntoTheSameConsultationIsRefused() {
        String slug = createConsultation();
        confirm(slug, "# First\n\nText one.");

        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# Second\n\nText two.").param("format", "MARKDOWN").with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "import.error.alreadyImported");
        assertThat(Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange()).select(".paragraph").text())
                .isEqualTo("1 Text one. No comments");
    }

    @Test
    void aConsultationWithItsTextSendsTheAdminToImportARevisionFromTheStart() {
        String slug = createConsultation();
        confirm(slug, "# First\n\nText one.");
        String reimport = "/admin/consultations/" + slug + "/reimport";

        assertThat(mvc.get().uri("/admin/consultations/{slug}/import", slug).with(ADMIN))
                .hasStatus3xxRedirection().hasRedirectedUrl(reimport).flash().containsEntry("flash", "import.hasText");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("text", "# Second\n\nText two.").param("format", "MARKDOWN").with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl(reimport);
        var list = Pages.html(mvc.get().uri("/admin/consultations").with(ADMIN).exchange());
        assertThat(list.select("a[href=" + reimport + "]").text()).isEqualTo("Import a revision");
        assertThat(list.select("a[href=/admin/consultations/" + slug + "/import]")).isEmpty();
    }

    @Test
    void invalidConsultationFormsShowTheirErrorsAndCreateNothing() {
        var result = mvc.post().uri("/admin/consultations").with(ADMIN).with(csrf())
                .param("title", "").param("slug", "Not A Slug!")
                .param("opensAt", "2026-12-01T09:00").param("closesAt", "2026-11-01T09:00").exchange();

        assertThat(result).hasStatusOk();
        var page = Pages.html(result);
        assertThat(page.select("#slug-error").text()).contains("lower-case letters");
        assertThat(page.select("#slug").attr("aria-describedby")).contains("slug-error");
        assertThat(page.select("#title-error")).isNotEmpty();
        assertThat(page.select(".field-error").eachText()).contains("The closing date must come after the opening date.");
        assertThat(consultations.listAll()).noneMatch(c -> c.slug().equals("Not A Slug!"));
    }

    @Test
    void aTakenSlugIsRefusedWithAMessage() {
        String slug = createConsultation();

        var page = Pages.html(mvc.post().uri("/admin/consultations").with(ADMIN).with(csrf())
                .param("title", "Another one").param("slug", slug).exchange());

        assertThat(page.select("#slug-error").text()).contains("already used");
        assertThat(consultations.summary(slug).title()).isEqualTo("Admin test");
    }

    @Test
    void adminPagesAreForAdminsOnly() {
        assertThat(mvc.get().uri("/admin/consultations")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/admin/consultations").with(PARTICIPANT)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations").with(PARTICIPANT).with(csrf())
                .param("title", "Sneaky").param("slug", "sneaky")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/consultations").with(ADMIN)).hasStatusOk();
        assertThat(consultations.listAll()).noneMatch(c -> c.slug().equals("sneaky"));
    }

    @Test
    void stateChangesWithoutACsrfTokenAreRejected() {
        String slug = createConsultation();

        assertThat(mvc.post().uri("/admin/consultations").with(ADMIN)
                .param("title", "Forged").param("slug", "forged")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# Forged\n\nText.").with(ADMIN)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# Forged\n\nText.").with(ADMIN).with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(consultations.listAll()).noneMatch(c -> c.slug().equals("forged"));
        assertThat(consultations.summary(slug).paragraphCount()).isZero();
    }

    @Test
    void adminChangesTheStatusAndTheDescription() {
        String slug = createConsultation();

        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).param("status", "OPEN").with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/admin/consultations/{slug}", slug).with(ADMIN).with(csrf())
                .param("slug", slug).param("title", "Renamed").param("summary", "New summary"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).param("status", "NOT_A_STATUS").with(ADMIN).with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST);

        var summary = consultations.summary(slug);
        assertThat(summary.status().name()).isEqualTo("OPEN");
        assertThat(summary.title()).isEqualTo("Renamed");
        assertThat(summary.slug()).isEqualTo(slug);
    }

    private void assertRejected(String slug, MockMultipartFile file, String message) {
        var result = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .file(file).with(ADMIN).with(csrf()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(Pages.html(result).select("[role=alert]").text()).contains(message, "Nothing was saved.");
    }

    private void confirm(String slug, String text) {
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", text).param("format", "MARKDOWN").with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection();
    }

    private String createConsultation() {
        String slug = "admin-" + System.nanoTime();
        consultations.create(new org.parley.consultation.NewConsultation(slug, "Admin test", null, null, null));
        return slug;
    }
}
