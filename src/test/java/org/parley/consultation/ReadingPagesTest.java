package org.parley.consultation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@SpringBootTest
@AutoConfigureMockMvc
class ReadingPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    TextService texts;

    String open;
    String closed;
    String draft;

    @BeforeEach
    void createConsultations() {
        var now = Instant.now();
        closed = create("Closed consultation", now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS), ConsultationStatus.CLOSED);
        open = create("Open consultation", now.minus(1, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS), ConsultationStatus.OPEN);
        draft = create("Draft consultation", null, null, ConsultationStatus.DRAFT);
        texts.writeText(open, new TextOutline(java.util.List.of(
                new SectionOutline("4.3", "The role of the UN", java.util.List.of(
                        new ParagraphOutline(ParagraphKind.PARAGRAPH, "The UN’s three pillars.", "<p>The UN’s three pillars.</p>"),
                        new ParagraphOutline(ParagraphKind.BULLET_ITEM, "As a convener", "As a convener"),
                        new ParagraphOutline(ParagraphKind.BULLET_ITEM, "Standard setting", "Standard setting")),
                        java.util.List.of(new SectionOutline("4.3.1", "Ways to add value", java.util.List.of(
                                new ParagraphOutline(ParagraphKind.TABLE, "| a | b |", "<table><tr><td>a</td><td>b</td></tr></table>")),
                                java.util.List.of()))))));
    }

    @Test
    void homeListsOpenConsultationsFirstAndHidesDrafts() {
        var page = Pages.html(mvc.get().uri("/").exchange());

        var titles = page.select(".consultation-card h2 a").eachText();
        assertThat(titles).contains("Open consultation", "Closed consultation").doesNotContain("Draft consultation");
        assertThat(titles.indexOf("Open consultation")).isLessThan(titles.indexOf("Closed consultation"));
        var openCard = page.select(".consultation-card").stream()
                .filter(card -> card.text().contains("Open consultation")).findFirst().orElseThrow();
        assertThat(openCard.select(".status").text()).startsWith("Open for comments until");
        assertThat(openCard.select(".meta").text()).isEqualTo("4 paragraphs");
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void consultationPageShowsEveryParagraphWithAnchorNumberAndCommentCount() {
        var result = mvc.get().uri("/c/{slug}", open).exchange();
        assertThat(result).hasStatusOk();
        var page = Pages.html(result);

        assertThat(page.select("h1").text()).isEqualTo("Open consultation");
        assertThat(page.select(".text-section h2").text()).isEqualTo("4.3 The role of the UN");
        assertThat(page.select(".text-section h3").text()).isEqualTo("4.3.1 Ways to add value");
        var paragraphs = page.select(".paragraph");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.eachAttr("id")).allMatch(id -> id.matches("p-[a-z2-7]{8}")).doesNotHaveDuplicates();
        assertThat(paragraphs.select(".paragraph-number").eachText()).containsExactly("1", "2", "3", "4");
        for (Element paragraph : paragraphs) {
            assertThat(paragraph.selectFirst(".paragraph-number").attr("href")).isEqualTo("#" + paragraph.id());
            assertThat(paragraph.select(".comment-count").text()).isEqualTo("No comments");
        }
        assertThat(page.select("ul.paragraph-list > li.kind-bullet_item")).hasSize(2);
        assertThat(page.select(".kind-table table td").eachText()).containsExactly("a", "b");
        assertThat(page.select("nav.toc a").eachText()).containsExactly("4.3 The role of the UN", "4.3.1 Ways to add value");
        assertThat(page.select("nav.toc a").first().attr("href"))
                .isEqualTo("#" + page.select(".text-section").first().id());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScriptOrStyle() {
        var result = mvc.get().uri("/c/{slug}", open).exchange();

        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
        var page = Pages.html(result);
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).allMatch(href -> href.startsWith("/"));
    }

    @Test
    void unknownSlugIsAFriendly404() {
        var result = mvc.get().uri("/c/no-such-consultation").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        var page = Pages.html(result);
        assertThat(page.select("h1").text()).isEqualTo("This page does not exist");
        assertThat(page.select("a[href=/]")).isNotEmpty();
    }

    @Test
    void aDraftIsNotFoundForVisitorsButVisibleToAdmins() {
        assertThat(mvc.get().uri("/c/{slug}", draft)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/c/{slug}", draft).with(user("reader@example.org"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/c/{slug}", draft).with(user("admin@example.org").roles("ADMIN")))
                .hasStatusOk().bodyText().contains("Draft consultation");
    }

    private String create(String title, Instant opensAt, Instant closesAt, ConsultationStatus status) {
        String slug = "reading-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, title, "About " + title, opensAt, closesAt));
        consultations.changeStatus(slug, status);
        return slug;
    }
}
