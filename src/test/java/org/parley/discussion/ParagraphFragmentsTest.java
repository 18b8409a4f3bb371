package org.parley.discussion;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading page renders a paragraph again only when what it shows changed. */
@SpringBootTest
@AutoConfigureMockMvc
class ParagraphFragmentsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ParagraphFragments fragments;

    Discussions discussions;
    String slug;

    @BeforeEach
    void openConsultation() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
    }

    @Test
    void aKeptParagraphReadsAsARenderedOneAndANewCommentRendersOnlyItsParagraph() throws Exception {
        long before = fragments.renderings();
        String first = page("");
        assertThat(fragments.renderings() - before).as("both paragraphs, rendered").isEqualTo(2);

        String again = page("");
        assertThat(fragments.renderings() - before).as("none rendered again").isEqualTo(2);
        assertThat(again).isEqualTo(first);

        String anchor = discussions.firstAnchor(slug);
        var writer = discussions.participant("Kim Counter");
        assertThat(discussions.post(slug, anchor, writer, "One more comment on the first paragraph.",
                discussions.shownAt(slug, anchor, writer), "", "10.0.0.11")).hasStatus3xxRedirection();
        var afterComment = Jsoup.parse(page(""));
        assertThat(fragments.renderings() - before).as("only the commented paragraph").isEqualTo(3);
        assertThat(afterComment.select("#" + anchor + " .comment-count a").text()).isEqualTo("1 comment");

        page("?lang=fr");
        assertThat(fragments.renderings() - before).as("another language, its own").isEqualTo(5);
    }

    @Test
    void theOpenParagraphIsRenderedWithItsThreadAndTheOthersAreKept() throws Exception {
        String anchor = discussions.firstAnchor(slug);
        page("");
        long before = fragments.renderings();

        var open = Jsoup.parse(page("?open=" + anchor));

        assertThat(fragments.renderings()).as("the other paragraph was kept").isEqualTo(before);
        assertThat(open.select("#thread-" + anchor + " .thread")).hasSize(1);
        assertThat(open.select("#" + anchor + " .comment-count a").attr("aria-expanded")).isEqualTo("true");
        assertThat(open.select(".paragraph")).hasSize(2);
    }

    private String page(String query) throws Exception {
        var result = mvc.get().uri("/c/" + slug + query).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
