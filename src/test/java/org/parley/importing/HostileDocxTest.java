package org.parley.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
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

/**
 * The XSS payloads of {@code HostileInputInBrowserTest} written into a Word document — as
 * paragraphs, a heading and a javascript: hyperlink — come out of the import as text: no element a
 * payload would make, no script URL, and every payload readable on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileDocxTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Test
    void payloadsInsideAWordDocumentAreImportedAsText() throws IOException {
        var payloads = payloads();
        String slug = "hostile-docx-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Hostile Word document", null, null, null));

        byte[] docx;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("<img id=xss-heading src=x onerror=alert(1)> Heading");
            for (String payload : payloads) {
                doc.createParagraph().createRun().setText(payload);
            }
            var linked = doc.createParagraph();
            linked.createRun().setText("A link: ");
            linked.createHyperlinkRun("javascript:alert('docx')").setText("click here");
            doc.write(out);
            docx = out.toByteArray();
        }

        var preview = Pages.html(mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .file(new MockMultipartFile("file", "hostile.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
                .param("format", "").with(ADMIN).with(csrf()).exchange());
        assertThat(preview.select("[id^=xss], script:not([src]), a[href^=javascript]")).as("the preview").isEmpty();
        String carried = preview.select("textarea[name=text]").first().wholeText();
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("format", "DOCX").param("text", carried).with(ADMIN).with(csrf())).hasStatus3xxRedirection();

        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".paragraph")).hasSizeGreaterThanOrEqualTo(payloads.size());
        assertThat(page.select("[id^=xss i], iframe, object, embed, svg, math, [onerror], [onload], a[href^=javascript i], "
                + "a[href^=vbscript i], a[href^=data: i], script:not([src])")).as("injected elements").isEmpty();
        String text = page.select("main").text();
        assertThat(text).contains("click here", "<script>alert('xss')</script>", "<img id=xss1 src=x onerror=alert(1)>",
                "<img id=xss-heading src=x onerror=alert(1)> Heading");
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = HostileDocxTest.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        }
    }
}
