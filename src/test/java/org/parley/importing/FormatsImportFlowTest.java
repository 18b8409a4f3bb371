package org.parley.importing;

import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Element;
import org.parley.Pages;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/* Text copied from a PDF and a text numbered by paragraph, from the upload to the reading page. */
@SpringBootTest
@AutoConfigureMockMvc
class FormatsImportFlowTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Test
    void textCopiedFromAPdfIsRecognisedRepairedAndImported() {
        String slug = createConsultation();

        var preview = preview(slug, "summary.txt", CorpusTest.read("pdf-copy.txt"));

        var shown = preview.clone();
        shown.select("textarea").remove();
        assertThat(shown.text()).contains("read as Text copied from a PDF", "more than 6,000 participants from 170")
                .doesNotContain("Page 2 of 3");
        var page = confirm(slug, preview);
        assertThat(page.select(".paragraph-text").text()).contains("6,000 participants", "includes the Global South")
                .doesNotContain("Page 2 of 3", "IGF 2026 – Chair's Summary");
    }

    @Test
    void theSourcesParagraphNumbersAreShownAndKept() {
        String slug = createConsultation();

        var preview = preview(slug, "report.txt", CorpusTest.read("un-report.txt"));

        assertThat(preview.select(".paragraph-number").eachText()).containsExactly("¶1", "1", "2", "2(a)", "2(b)", "¶6", "3", "4");
        var page = confirm(slug, preview);
        assertThat(page.select("a.paragraph-number").eachText()).containsExactly("¶1", "1", "2", "2(a)", "2(b)", "¶6", "3", "4");
    }

    private Element preview(String slug, String filename, byte[] bytes) {
        var result = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .file(new MockMultipartFile("file", filename, "text/plain", bytes)).with(ADMIN).with(csrf()).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private Element confirm(String slug, Element preview) {
        var form = preview.selectFirst("form[method=post]:has(input[name=format])");
        assertThat(form).isNotNull();
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", form.selectFirst("[name=text]").val())
                .param("format", form.selectFirst("[name=format]").val()).with(ADMIN).with(csrf()))
                .hasStatus3xxRedirection();
        var page = mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange();
        assertThat(page).hasStatusOk();
        return Pages.html(page);
    }

    private String createConsultation() {
        String slug = "formats-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Formats", null, null, null));
        return slug;
    }
}
