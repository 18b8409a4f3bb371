package org.parley.export;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.DeletedAccountComments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A participant downloads everything they wrote and deletes their account; each consultation's
 * policy decides whether their comments stay under "former participant" or lose their words while
 * the threads keep their shape.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    Discussions discussions;
    SignedInAccount dana;
    SignedInAccount eve;
    String kept;
    String removed;

    @BeforeEach
    void twoConsultationsWithDifferentPolicies() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        dana = discussions.participant("Dana Deleter");
        eve = discussions.participant("Eve Staying");
        kept = discussions.openConsultation();
        removed = discussions.openConsultation();
        consultations.keepCommentsOfDeletedAccounts(removed, DeletedAccountComments.REMOVE);
    }

    @Test
    void theDownloadHoldsEverythingTheParticipantWroteAndNothingOfOthers() throws Exception {
        String anchor = discussions.firstAnchor(kept);
        long comment = post(kept, anchor, dana, "Dana's first wording.", null, null);
        assertThat(mvc.post().uri("/comments/{id}/edit", comment).with(user(dana)).with(csrf())
                .param("body", "Dana's second wording.")).hasStatus3xxRedirection();
        long proposal = post(kept, anchor, dana, "Plainer, please.", null, "Dana's proposed wording.");
        long eves = post(kept, anchor, eve, "Eve's own remark.", null, "Eve's proposed wording.");
        post(kept, anchor, dana, "Dana replies to Eve.", eves, null);
        assertThat(mvc.post().uri("/comments/{id}/support", eves).with(user(dana)).with(csrf())).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/comments/{id}/flag", eves).with(user(dana)).with(csrf()).param("reason", "Dana's flag reason."))
                .hasStatus3xxRedirection();

        var download = mvc.get().uri("/profile/data.json").with(user(dana)).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/json");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String json = download.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains(dana.getUsername(), "Dana Deleter", "Dana's second wording.", "Dana's first wording.",
                "Dana's proposed wording.", "Dana replies to Eve.", "\"inReplyTo\":" + eves, "\"proposal\":" + eves,
                "Dana's flag reason.", "\"id\":" + proposal);
        assertThat(json).doesNotContain("Eve's own remark.", "Eve's proposed wording.", eve.getUsername());

        assertThat(mvc.get().uri("/profile/data.json")).hasStatus3xxRedirection();
    }

    @Test
    void emailsAppearOnAdminPagesOnlyNeverOnPagesFeedsOrExportsOthersSee() throws Exception {
        String anchor = discussions.firstAnchor(kept);
        long comment = post(kept, anchor, dana, "A remark by Dana.", null, "Dana's wording.");
        var admin = discussions.admin("Ada Admin");
        for (String path : new String[] {"/c/" + kept, "/c/" + kept + "/p/" + anchor, "/c/" + kept + "/comments",
                "/c/" + kept + "/comments.atom", "/c/" + kept + "/comments.csv", "/c/" + kept + "/comments.json",
                "/c/" + kept + "/export.md", "/comments/" + comment, "/proposals/" + comment}) {
            for (var viewer : new SignedInAccount[] {null, eve, admin}) {
                var request = mvc.get().uri(path);
                var result = viewer == null ? request.exchange() : request.with(user(viewer)).exchange();
                assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                        .as("%s as %s", path, viewer == null ? "visitor" : viewer.displayName())
                        .doesNotContain(dana.getUsername());
            }
        }
        assertThat(mvc.get().uri("/admin/moderation/comments/{id}", comment).with(user(admin)).exchange().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordDeletesNothing() {
        assertThat(mvc.post().uri("/profile/delete").with(user(dana)).with(csrf()).param("password", "not my password"))
                .hasRedirectedUrl("/profile#delete-heading").flash().containsEntry("flash", "account.delete.refused");
        assertThat(jdbc.sql("SELECT deleted_at IS NULL FROM account WHERE id = ?").params(dana.id()).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void deletingTheAccountAnonymisesOrRemovesPerConsultationAndThreadsKeepTheirShape() throws Exception {
        String keptAnchor = discussions.firstAnchor(kept);
        String removedAnchor = discussions.firstAnchor(removed);
        long keptComment = post(kept, keptAnchor, dana, "Words that stay under a former participant.", null, null);
        long removedComment = post(removed, removedAnchor, dana, "Words that must disappear.", null, "Wording that must disappear.");
        long eveReply = post(removed, removedAnchor, eve, "Eve answers the deleted comment.", removedComment, null);
        long before = discussions.commentCount(removed);

        assertThat(mvc.post().uri("/profile/delete").with(user(dana)).with(csrf()).param("password", "a long enough password"))
                .hasRedirectedUrl("/?accountDeleted");

        var account = jdbc.sql("SELECT email, display_name, affiliation, deleted_at IS NOT NULL AS deleted FROM account WHERE id = ?")
                .params(dana.id()).query().singleRow();
        assertThat(account.get("email")).isEqualTo("deleted-" + dana.id() + "@deleted.invalid");
        assertThat(account.get("display_name")).isNotEqualTo("Dana Deleter");
        assertThat(account.get("affiliation")).isNull();
        assertThat(account.get("deleted")).isEqualTo(true);
        assertThat(mvc.post().uri("/login").with(csrf()).param("email", dana.getUsername()).param("password", "a long enough password"))
                .hasRedirectedUrl("/login?error");

        var keptPage = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", kept, keptAnchor).exchange());
        assertThat(keptPage.select("#c-" + keptComment).text()).contains("Words that stay under a former participant.",
                "Former participant").doesNotContain("Dana");
        assertThat(keptPage.text()).doesNotContain("Dana Deleter");
        String export = mvc.get().uri("/c/{slug}/comments.json", kept).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("Words that stay under a former participant.").doesNotContain("Dana Deleter");

        var removedPage = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", removed, removedAnchor).exchange());
        assertThat(removedPage.text()).doesNotContain("Words that must disappear.", "Wording that must disappear.", "Dana Deleter");
        assertThat(removedPage.select("#c-" + removedComment)).as("its place in the thread stays").hasSize(1);
        assertThat(removedPage.select("#c-" + eveReply).text()).contains("Eve answers the deleted comment.");
        assertThat(discussions.commentCount(removed)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE author_id = ? AND (body LIKE '%disappear%' OR proposed_text LIKE '%disappear%')")
                .params(dana.id()).query(Integer.class).single()).as("the words are gone from the database too").isZero();

        assertThat(mvc.post().uri("/register").with(csrf()).param("displayName", "Dana Again").param("email", dana.getUsername())
                .param("password", "another long passphrase").param("stakeholderGroup", "OTHER")).hasRedirectedUrl("/register/sent");
        assertThat(jdbc.sql("SELECT display_name FROM account WHERE email = ?").params(dana.getUsername()).query(String.class).single())
                .as("the address is free again").isEqualTo("Dana Again");
    }

    private long post(String slug, String anchor, SignedInAccount who, String body, Long parentId, String proposedText) {
        var request = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, who)).param("website", "");
        if (parentId != null) {
            request = request.param("parentId", parentId.toString());
        }
        if (proposedText != null) {
            request = request.param("proposedText", proposedText).param("proposalScope", "PARAGRAPH");
        }
        assertThat(request).hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }
}
