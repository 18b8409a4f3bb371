package org.parley.importing;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.SectionOutline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A heading longer than the schema allows is named in the preview, and the confirmation writes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class HeadingLimitsTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationService consultations;

    @Test
    void theImportersLimitsAreTheSchemasCheckConstraints() {
        assertThat(limitOf("section_title_check")).isEqualTo(SectionOutline.MAX_TITLE_LENGTH);
        assertThat(limitOf("section_number_label_check")).isEqualTo(SectionOutline.MAX_NUMBER_LENGTH);
    }

    @Test
    void anOverlongHeadingIsNamedInThePreviewAndTheConfirmationWritesNothing() {
        String slug = "long-heading-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Long heading", null, null, null));
        String heading = "Overlong " + "heading ".repeat(70);
        String text = "# Fine\n\nA paragraph.\n\n## " + heading + "\n\nAnother paragraph.\n";

        var preview = mvc.post().uri("/admin/consultations/{slug}/import/preview", slug).multipart()
                .param("format", "MARKDOWN").param("text", text).with(ADMIN).with(csrf()).exchange();
        assertThat(preview.getResponse().getStatus()).isLessThan(500);
        assertThat(Pages.html(preview).select("[role=alert]").text())
                .contains("Overlong heading heading").contains(String.valueOf(heading.strip().length()))
                .contains(String.valueOf(SectionOutline.MAX_TITLE_LENGTH));

        var confirm = mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("format", "MARKDOWN").param("text", text).with(ADMIN).with(csrf()).exchange();
        assertThat(confirm.getResponse().getStatus()).isLessThan(500);
        assertThat(Pages.html(confirm).select("[role=alert]").text()).contains("Overlong heading heading");
        assertThat(consultations.summary(slug).paragraphCount()).isZero();
    }

    private int limitOf(String constraint) {
        String definition = jdbc.sql("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?")
                .params(constraint).query(String.class).single();
        var limit = Pattern.compile("<= (\\d+)").matcher(definition);
        assertThat(limit.find()).as(definition).isTrue();
        return Integer.parseInt(limit.group(1));
    }
}
