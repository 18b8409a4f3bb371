package org.parley.importing;

import org.jsoup.nodes.Element;
import org.parley.Pages;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/* Test helper: an admin's upload to the preview, and the confirmation of that preview as the page's form sends it. */
final class ImportFlows {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

    private ImportFlows() {
    }

    static Element preview(MockMvcTester mvc, String slug, String filename, byte[] bytes) {
        var result = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", bytes)).with(ADMIN).with(csrf())
                .exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    /* Confirms the preview and returns the reading page. */
    static Element confirm(MockMvcTester mvc, String slug, Element preview) {
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
}
