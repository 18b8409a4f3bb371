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
                .startsWith("/admin/consultations/" + slug + "/import/preview?_csrf=");

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
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0, 0};
        byte[] invalidUtf8 = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

        assertRejected(slug, new MockMultipartFile("file", "report.docx", "application/octet-stream", binary),
                "This file is not text");
        assertRejected(slug, new MockMultipartFile("file", "report.txt", "text/plain", invalidUtf8),
                "This file is not valid UTF-8 text (the first invalid byte is at position 3)");
        var empty = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("text", "   ").with(ADMIN).with(csrf()).exchange());
        assertThat(empty.select("[role=alert]").text()).contains("The text is empty", "Nothing was saved.");

        assertThat(consultations.summary(slug).paragraphCount()).isZero();
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
