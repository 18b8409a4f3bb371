package org.parley.consultation;

import java.time.Instant;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.Viewer;
import org.parley.proposal.DecisionHistoryWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A consultation names the units of its text, and its pages use that word, never EuroDIG's "message". */
@SpringBootTest
@AutoConfigureMockMvc
class TextUnitTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    AccountService accounts;

    @Autowired
    DecisionHistoryWriter decisionHistory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultationOfRecommendationsNeverSaysMessageOnItsPages() {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        var admin = discussions.admin("Ada Admin");
        var organiser = discussions.participant("Olga Organiser");
        String slug = "r-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post().uri("/admin/consultations").with(user(admin)).with(csrf())
                .param("title", "Recommendations on AI").param("slug", slug).param("unit", "RECOMMENDATION"))
                .hasStatus3xxRedirection();
        assertThat(consultations.summary(slug).unit()).isEqualTo(TextUnit.RECOMMENDATION);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# Recommendations\n\nStates should publish their AI systems.\n\nAudits should be independent.")
                .param("format", "MARKDOWN").with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection();
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long session = discussions.organise(slug, organiser);
        String anchor = discussions.firstAnchor(slug);
        long paragraph = jdbc.sql("SELECT id FROM paragraph WHERE anchor = :anchor").param("anchor", anchor)
                .query(Long.class).single();
        decisionHistory.writeEdit(paragraph, new Viewer(organiser.id(), false), 1,
                "States should publish a register of their AI systems.", "After the hearing.", Instant.now());

        assertThat(page("/c/" + slug + "/p/" + anchor, admin).text()).contains("No comments on this recommendation yet.");
        assertThat(discussions.post(slug, anchor, organiser, "Which register?", discussions.shownAt(slug, anchor, organiser),
                "", "192.0.2.1")).hasStatus3xxRedirection();

        var reading = page("/c/" + slug, admin);
        var thread = page("/c/" + slug + "/p/" + anchor, admin);
        assertThat(page("/c/" + slug + "/comments", admin).select(".listed-paragraph-number").text())
                .isEqualTo("on recommendation 1");
        assertThat(reading.select(".recent-meta span").text()).isEqualTo("on recommendation 1");
        var sessionPage = page("/sessions/" + session, organiser);
        var form = page("/admin/consultations/" + slug + "/edit", admin);

        assertThat(reading.select(".paragraph-number").first().attr("aria-label"))
                .isEqualTo("Recommendation 1: link to this recommendation");
        assertThat(thread.select("h1").text()).isEqualTo("Recommendation 1");
        assertThat(thread.select(".thread-heading").text()).startsWith("Comments on recommendation 1");
        assertThat(thread.select(".change-intro strong").text())
                .isEqualTo("The session organisers changed this recommendation as follows:");
        assertThat(sessionPage.select("main button").text()).isEqualTo("Mark our recommendations final");
        assertThat(page("/", admin).select(".consultation-card").text()).contains("2 recommendations");
        assertThat(form.select("select[name=unit] option[selected]").val()).isEqualTo("RECOMMENDATION");
        for (var page : java.util.List.of(reading, thread, sessionPage, page("/sessions", organiser),
                page("/proposals", organiser), page("/c/" + slug + "/p/" + anchor + "/history", admin))) {
            assertThat(page.text().toLowerCase()).as(page.title()).doesNotContain("message");
        }
    }

    @Test
    void aNewConsultationIsMadeOfParagraphs() {
        var form = Pages.html(mvc.get().uri("/admin/consultations/new").with(user("a@example.org").roles("ADMIN")).exchange());

        assertThat(form.select("select[name=unit] option").eachText())
                .containsExactly("Messages", "Paragraphs", "Articles", "Recommendations");
        assertThat(form.select("select[name=unit] option[selected]").val()).isEqualTo("PARAGRAPH");
    }

    private Document page(String path, org.parley.account.SignedInAccount viewer) {
        return Pages.html(mvc.get().uri(path).with(user(viewer)).exchange());
    }
}
