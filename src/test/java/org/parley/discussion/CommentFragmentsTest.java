package org.parley.discussion;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A thread's comments are rendered once for the readers they look the same to, and each reader keeps their own actions. */
@SpringBootTest
@AutoConfigureMockMvc
class CommentFragmentsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    CommentFragments fragments;

    Discussions discussions;
    String slug;
    String anchor;
    SignedInAccount lea;
    SignedInAccount max;

    @BeforeEach
    void aThreadOfTwo() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
        anchor = discussions.firstAnchor(slug);
        lea = discussions.participant("Lea Author");
        max = discussions.participant("Max Author");
        post(lea, "Lea says the UN should convene more often.");
        post(max, "Max says the UN should listen before it convenes.");
    }

    @Test
    void eachReaderSeesTheirOwnActionsOnCommentsRenderedForOthers() {
        var leasView = thread(lea);
        long afterLea = fragments.renderings();
        var maxsView = thread(max);
        var anonymousView = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).exchange());
        var leasAgain = thread(lea);

        // Max saw Lea's comment as a reader when he wrote his, and his own is rendered for him each time (its
        // Withdraw form holds his session's token): only both for anonymous readers are new.
        assertThat(fragments.renderings()).isEqualTo(afterLea + 2);
        assertThat(actions(leasView, "Lea says")).contains("Withdraw").doesNotContain("Flag");
        assertThat(actions(leasView, "Max says")).contains("Flag").doesNotContain("Withdraw");
        assertThat(actions(maxsView, "Lea says")).contains("Flag").doesNotContain("Withdraw");
        assertThat(actions(maxsView, "Max says")).contains("Withdraw").doesNotContain("Flag");
        assertThat(actions(anonymousView, "Lea says")).doesNotContain("Withdraw").doesNotContain("Flag");
        assertThat(leasAgain.select("ol.comments").outerHtml().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(leasView.select("ol.comments").outerHtml().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
    }

    @Test
    void aReadersOwnCommentCarriesTheTokenOfTheirSessionEachTime() {
        var first = thread(lea);
        var second = thread(lea);

        String withdraw = "li.comment:contains(Lea says) form[action$=/withdraw] input[name=_csrf]";
        assertThat(first.select(withdraw).val()).isNotBlank();
        assertThat(second.select(withdraw).val()).as("rendered again, not kept").isNotEqualTo(first.select(withdraw).val());
    }

    @Test
    void anEditedCommentIsRenderedAgain() {
        thread(max);
        long id = discussions.lastCommentId(lea);
        jdbc.sql("UPDATE comment SET body = 'Lea now says something else.', body_html = '<p>Lea now says something else.</p>' WHERE id = ?")
                .params(id).update();

        assertThat(thread(max).select("#c-" + id + " .comment-body").text()).isEqualTo("Lea now says something else.");
    }

    private Document thread(SignedInAccount reader) {
        return Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(reader)).exchange());
    }

    /** The actions under the comment that says this. */
    private static String actions(Document page, String says) {
        return page.select("li.comment:contains(" + says + ") .comment-actions").text();
    }

    private void post(SignedInAccount author, String body) {
        assertThat(discussions.post(slug, anchor, author, body, discussions.shownAt(slug, anchor, author), "", "10.0.0.12"))
                .hasStatus3xxRedirection();
    }
}
