package org.parley.importing;

import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Element;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/* Text copied from a PDF and a text numbered by paragraph, from the upload to the reading page. */
@SpringBootTest
@AutoConfigureMockMvc
class FormatsImportFlowTest {

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
        return ImportFlows.preview(mvc, slug, filename, bytes);
    }

    private Element confirm(String slug, Element preview) {
        return ImportFlows.confirm(mvc, slug, preview);
    }

    private String createConsultation() {
        String slug = "formats-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Formats", null, null, null));
        return slug;
    }
}
