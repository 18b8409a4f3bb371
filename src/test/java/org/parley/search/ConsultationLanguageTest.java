package org.parley.search;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.TextLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An admin says which language a text is in; search stems it in that language, again when it changes. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsultationLanguageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdminFormSetsTheLanguageAndSearchFollowsIt() {
        var admin = new Discussions(mvc, jdbc, accounts, consultations).admin("Ada Admin");
        String slug = "langue-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post().uri("/admin/consultations").with(user(admin)).with(csrf())
                .param("title", "Réseaux").param("slug", slug).param("language", "FR"))
                .hasStatus3xxRedirection();
        assertThat(consultations.language(slug)).isEqualTo(TextLanguage.FR);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# Réseaux\n\nLes consultations publiques des réseaux scolaires.")
                .param("format", "MARKDOWN").with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection();
        consultations.changeStatus(slug, ConsultationStatus.OPEN);

        var form = Pages.html(mvc.get().uri("/admin/consultations/{slug}/edit", slug).with(user(admin)).exchange());
        assertThat(form.select("#language option[selected]").val()).isEqualTo("FR");
        assertThat(form.select("#language option").eachText()).containsExactly("English", "Français", "Español");
        assertThat(results(slug, "reseau scolaire")).isEqualTo(1);

        assertThat(mvc.post().uri("/admin/consultations/{slug}", slug).with(user(admin)).with(csrf())
                .param("title", "Réseaux").param("slug", slug).param("language", "EN"))
                .hasStatus3xxRedirection();
        assertThat(consultations.language(slug)).isEqualTo(TextLanguage.EN);
        assertThat(results(slug, "reseau scolaire")).as("stemmed as English now: no French stem").isZero();
        assertThat(results(slug, "reseaux scolaires")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'consultation.language_changed' AND subject_id = ?")
                .param(consultations.summary(slug).id()).query(Long.class).single()).as("EN to FR when created, FR to EN")
                .isEqualTo(2);
    }

    private int results(String slug, String q) {
        return Pages.html(mvc.get().uri("/c/{slug}/search?q={q}", slug, q).exchange()).select(".search-paragraph").size();
    }
}
