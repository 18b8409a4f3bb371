package org.parley.importing;

import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/* Test helper: confirms a re-import the way the report's form does, as an admin. */
final class Reimports {

    private Reimports() {
    }

    static MvcTestResult confirm(MockMvcTester mvc, String slug, Document report, String corrections) {
        return mvc.post().uri("/admin/consultations/{slug}/reimport", slug).multipart()
                .param("format", report.select("input[name=format]").val())
                .param("text", report.select("textarea[name=text]").first().wholeText())
                .param("fingerprint", report.select("input[name=fingerprint]").val())
                .param("corrections", corrections).with(user("admin@example.org").roles("ADMIN")).with(csrf()).exchange();
    }
}
