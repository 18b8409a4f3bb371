package org.parley.moderation;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ModerationMode;
import org.parley.consultation.ModerationRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Flags, the queue, hiding and restoring, pre-moderation and participant approval, end to end on the real pages. */
@SpringBootTest(properties = {"parley.discussion.minimum-fill-time=0s", "parley.discussion.comments-per-minute=1000",
        "parley.discussion.comments-per-hour=1000"})
@AutoConfigureMockMvc
class ModerationFlowTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    Discussions discussions;
    String slug;
    String anchor;
    SignedInAccount author;
    SignedInAccount reader;
    SignedInAccount admin;

    @BeforeEach
    void openConsultation() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
        anchor = discussions.firstAnchor(slug);
        author = discussions.participant("Amina Author");
        reader = discussions.participant("Rui Reader");
        admin = discussions.admin("Ada Admin");
    }

    @Test
    void aCommentCanBeFlaggedOncePerPersonAndTheQueueShowsIt() {
        long id = post(author, "Everyone who disagrees is an idiot.");

        var form = Pages.html(mvc.get().uri("/comments/{id}/flag", id).with(user(reader)).exchange());
        assertThat(form.select("main .comment-body").text()).isEqualTo("Everyone who disagrees is an idiot.");
        assertThat(mvc.post().uri("/comments/{id}/flag", id).with(user(reader)).with(csrf()).param("reason", "Insults people"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/comments/" + id).flash().containsEntry("flash", "flag.thanks");

        var again = mvc.post().uri("/comments/{id}/flag", id).with(user(reader)).with(csrf())
                .param("reason", "Still insulting").exchange();
        assertThat(again).hasStatusOk();
        var page = Pages.html(again);
        assertThat(page.select("[role=alert]").text()).contains("You have flagged this comment already");
        assertThat(page.select("textarea[name=reason]").text()).isEqualTo("Still insulting");
        assertThat(jdbc.sql("SELECT reason FROM comment_flag WHERE comment_id = :id").param("id", id).query(String.class).list())
                .containsExactly("Insults people");

        var empty = Pages.html(mvc.post().uri("/comments/{id}/flag", id).with(user(admin)).with(csrf()).param("reason", " ").exchange());
        assertThat(empty.select("[role=alert]").text()).contains("Give a reason");

        var queue = Pages.html(mvc.get().uri("/admin/moderation").with(user(admin)).exchange());
        var item = queue.select("#flagged-" + id).first();
        assertThat(item).isNotNull();
        assertThat(item.select(".comment-body").text()).isEqualTo("Everyone who disagrees is an idiot.");
        assertThat(item.text()).contains("Amina Author", author.getUsername(), "Digital cooperation, paragraph 1",
                "Rui Reader", "Insults people");
        assertThat(item.select("a[href=/comments/" + id + "]").text()).isEqualTo("See in context");
        assertThat(auditActions(id)).containsExactly("comment.flagged");
    }

    @Test
    void aHiddenCommentKeepsItsPlaceAndItsAuthorSeesItWithTheReason() {
        long id = post(author, "Buy my consulting services.");
        flag(id, reader, "Advertising");

        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/hide", id).with(user(admin)).with(csrf())
                .param("reason", "Advertising is not allowed here"))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "moderation.hidden");

        var others = thread(reader);
        assertThat(others.select("#c-" + id + " .comment-gone").text()).isEqualTo("Hidden by a moderator.");
        assertThat(others.select("#c-" + id).text()).doesNotContain("consulting services", "Advertising is not allowed");
        assertThat(Pages.html(mvc.get().uri("/c/{slug}", slug).exchange()).select("#" + anchor + " .comment-count").text())
                .isEqualTo("No comments");
        var own = thread(author);
        assertThat(own.select("#c-" + id + " .comment-body").text()).isEqualTo("Buy my consulting services.");
        assertThat(own.select("#c-" + id).text()).contains("Hidden by a moderator.",
                "The moderator's reason: Advertising is not allowed here");
        assertThat(discussions.status(id)).isEqualTo("HIDDEN");
        assertThat(openFlags(id)).as("hiding deals with the flags").isZero();
        assertThat(auditActions(id)).containsExactly("comment.flagged", "comment.hidden");
        assertThat(auditReason(id, "comment.hidden")).isEqualTo("Advertising is not allowed here");

        var withoutReason = Pages.html(mvc.post().uri("/admin/moderation/comments/{id}/restore", id).with(user(admin)).with(csrf())
                .param("reason", "").exchange());
        assertThat(withoutReason.select("[role=alert]").text()).contains("Give a reason");
        assertThat(discussions.status(id)).as("nothing changes without a reason").isEqualTo("HIDDEN");

        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/restore", id).with(user(admin)).with(csrf())
                .param("reason", "It answers the question after all"))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "moderation.restored");
        assertThat(thread(reader).select("#c-" + id + " .comment-body").text()).isEqualTo("Buy my consulting services.");
        assertThat(discussions.status(id)).isEqualTo("PUBLISHED");
        assertThat(auditActions(id)).containsExactly("comment.flagged", "comment.hidden", "comment.restored");

        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/restore", id).with(user(admin)).with(csrf())
                .param("reason", "Twice")).flash().containsEntry("flash", "moderation.stale");
        assertThat(auditActions(id)).hasSize(3);
    }

    @Test
    void preModeratedCommentsWaitForAModerator() {
        assertThat(mvc.post().uri("/admin/consultations/{slug}", slug).with(user(admin)).with(csrf())
                .param("slug", slug).param("title", "Digital cooperation").param("moderationMode", "PRE"))
                .hasStatus3xxRedirection();
        assertThat(consultations.moderation(slug).mode()).isEqualTo(ModerationMode.PRE);
        assertThat(Pages.html(mvc.get().uri("/admin/consultations/{slug}/edit", slug).with(user(admin)).exchange())
                .select("input[name=moderationMode][checked]").val()).isEqualTo("PRE");
        assertThat(mvc.post().uri("/admin/consultations/{slug}", slug).with(user(admin)).with(csrf())
                .param("slug", slug).param("title", "Digital cooperation").param("moderationMode", "PRE")
                .param("participantApproval", "true")).hasStatus3xxRedirection();
        assertThat(consultations.moderation(slug)).isEqualTo(new ModerationRules(ModerationMode.PRE, true));
        assertThat(Pages.html(mvc.get().uri("/admin/consultations/{slug}/edit", slug).with(user(admin)).exchange())
                .select("input[type=checkbox][name=participantApproval]").hasAttr("checked")).isTrue();

        var result = discussions.post(slug, anchor, author, "A careful first remark.", discussions.shownAt(slug, anchor, author), "",
                "10.0.1.1");
        assertThat(result).hasStatus3xxRedirection().flash().containsEntry("flash", "comment.held");
        long id = discussions.lastCommentId(author);

        assertThat(thread(reader).select("#c-" + id)).as("others do not see it").isEmpty();
        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());
        assertThat(page.select("#" + anchor + " .comment-count").text()).isEqualTo("No comments");
        assertThat(page.select(".recent-comments").text()).doesNotContain("A careful first remark.");
        var own = thread(author);
        assertThat(own.select("#c-" + id + " .comment-body").text()).isEqualTo("A careful first remark.");
        assertThat(own.select("#c-" + id).text()).contains("Awaiting moderation.");

        var queue = Pages.html(mvc.get().uri("/admin/moderation").with(user(admin)).exchange());
        assertThat(queue.select("#held-" + id + " .comment-body").text()).isEqualTo("A careful first remark.");
        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/approve", id).with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "moderation.approved");

        assertThat(thread(reader).select("#c-" + id + " .comment-body").text()).isEqualTo("A careful first remark.");
        var after = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());
        assertThat(after.select("#" + anchor + " .comment-count").text()).isEqualTo("1 comment");
        assertThat(after.select(".recent-comments").text()).contains("A careful first remark.");
        assertThat(auditActions(id)).containsExactly("comment.approved");

        long rejected = post(author, "Something off topic.");
        assertThat(discussions.status(rejected)).isEqualTo("PENDING");
        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/reject", rejected).with(user(admin)).with(csrf())
                .param("reason", "Off topic")).flash().containsEntry("flash", "moderation.rejected");
        assertThat(discussions.status(rejected)).isEqualTo("HIDDEN");
        assertThat(thread(author).select("#c-" + rejected).text()).contains("Off topic");
    }

    @Test
    void commentsOfNewParticipantsWaitUntilTheyAreApproved() {
        consultations.moderate(slug, new ModerationRules(ModerationMode.POST, true));
        accounts.approve(reader.id());

        long held = post(author, "My first words here.");
        long published = post(reader, "I was approved before.");
        assertThat(discussions.status(held)).isEqualTo("PENDING");
        assertThat(discussions.status(published)).isEqualTo("PUBLISHED");
        assertThat(thread(reader).select("#c-" + held)).isEmpty();

        var queue = Pages.html(mvc.get().uri("/admin/moderation").with(user(admin)).exchange());
        var row = queue.select("#participant-" + author.id()).first();
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("Amina Author", author.getUsername());
        assertThat(queue.select("#participant-" + reader.id())).isEmpty();

        assertThat(mvc.post().uri("/admin/moderation/participants/{id}/approve", author.id()).with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "moderation.participantApproved");

        assertThat(accounts.standing(author.id()).approved()).isTrue();
        assertThat(discussions.status(held)).isEqualTo("PUBLISHED");
        assertThat(thread(reader).select("#c-" + held + " .comment-body").text()).isEqualTo("My first words here.");
        assertThat(jdbc.sql("""
                        SELECT details ->> 'released' FROM audit_event
                        WHERE action = 'account.approved' AND subject_type = 'account' AND subject_id = :id AND actor_id = :actor""")
                .param("id", author.id()).param("actor", admin.id()).query(String.class).single()).isEqualTo("1");
        assertThat(discussions.status(post(author, "Now I am approved."))).isEqualTo("PUBLISHED");
    }

    @Test
    void nobodyAwaitsApprovalWhileNoConsultationRequiresIt() {
        jdbc.sql("UPDATE consultation SET participant_approval = false WHERE participant_approval").update();
        var organiser = discussions.participant("Olga Organiser");
        discussions.organise(slug, organiser);

        var queue = Pages.html(mvc.get().uri("/admin/moderation").with(user(admin)).exchange());
        assertThat(queue.select("#participant-" + author.id())).isEmpty();
        assertThat(queue.select("#participant-" + organiser.id())).isEmpty();
        assertThat(queue.select("tr.participant")).isEmpty();
        assertThat(queue.select("#participants-heading").text()).isEqualTo("Participants awaiting approval (0)");

        consultations.moderate(slug, new ModerationRules(ModerationMode.POST, true));
        var needed = Pages.html(mvc.get().uri("/admin/moderation").with(user(admin)).exchange());
        assertThat(needed.select("#participant-" + author.id())).hasSize(1);
    }

    @Test
    void moderationIsForAdminsOnly() {
        long id = post(author, "A fine comment.");

        assertThat(mvc.get().uri("/admin/moderation")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/admin/moderation").with(user(reader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/moderation/comments/{id}", id).with(user(reader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/hide", id).with(user(reader)).with(csrf())
                .param("reason", "I do not like it")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/approve", id).with(user(reader)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/moderation/participants/{id}/approve", reader.id()).with(user(reader)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/comments/{id}/flag", id)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");

        assertThat(discussions.status(id)).isEqualTo("PUBLISHED");
        assertThat(accounts.standing(reader.id()).approved()).isFalse();
        assertThat(auditActions(id)).isEmpty();
        assertThat(Pages.html(mvc.get().uri("/admin/moderation").with(user(admin)).exchange()).select("h1").text())
                .isEqualTo("Moderation");
    }

    @Test
    void moderationNeedsACsrfToken() {
        long id = post(author, "Another fine comment.");

        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/hide", id).with(user(admin))
                .param("reason", "Forged")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/hide", id).with(user(admin)).with(csrf().useInvalidToken())
                .param("reason", "Forged")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/moderation/participants/{id}/approve", author.id()).with(user(admin)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/comments/{id}/flag", id).with(user(reader)).param("reason", "Forged"))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(discussions.status(id)).isEqualTo("PUBLISHED");
        assertThat(openFlags(id)).isZero();
        assertThat(accounts.standing(author.id()).approved()).isFalse();
        assertThat(auditActions(id)).isEmpty();
    }

    private long post(SignedInAccount who, String body) {
        assertThat(discussions.post(slug, anchor, who, body, discussions.shownAt(slug, anchor, who), "", "10.0.0.9"))
                .hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }

    private void flag(long id, SignedInAccount who, String reason) {
        assertThat(mvc.post().uri("/comments/{id}/flag", id).with(user(who)).with(csrf()).param("reason", reason))
                .hasStatus3xxRedirection();
    }

    private Document thread(SignedInAccount who) {
        return Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(who)).exchange());
    }

    private long openFlags(long id) {
        return jdbc.sql("SELECT count(*) FROM comment_flag WHERE comment_id = :id AND resolved_at IS NULL").param("id", id)
                .query(Long.class).single();
    }

    private List<String> auditActions(long commentId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'comment' AND subject_id = :id ORDER BY id")
                .param("id", commentId).query(String.class).list();
    }

    private String auditReason(long commentId, String action) {
        return jdbc.sql("SELECT details ->> 'reason' FROM audit_event WHERE subject_id = :id AND action = :action")
                .param("id", commentId).param("action", action).query(String.class).single();
    }
}
