package org.parley.moderation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ModerationMode;
import org.parley.consultation.ModerationRules;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Organisers moderate the comments of their own session, and moderators an admin appoints those of
 * one consultation: with the admins' acts and audit, and never beyond their scope.
 */
@SpringBootTest(properties = {"parley.discussion.minimum-fill-time=0s", "parley.discussion.comments-per-minute=1000",
        "parley.discussion.comments-per-hour=1000"})
@AutoConfigureMockMvc
class OwnModerationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    Discussions discussions;
    SignedInAccount author;
    SignedInAccount olga;
    SignedInAccount otto;
    SignedInAccount mo;
    SignedInAccount admin;
    String slugA;
    String slugB;
    long inWs1;
    long inWs2;
    long inB;

    @BeforeEach
    void twoConsultationsWithHeldComments() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        author = discussions.participant("Amina Author");
        olga = discussions.participant("Olga Organiser");
        otto = discussions.participant("Otto Otherorganiser");
        mo = discussions.participant("Mo Moderator");
        admin = discussions.admin("Ada Admin");
        slugA = consultation();
        slugB = consultation();
        long a = consultations.summary(slugA).id();
        discussions.session(a, "WS1", "Workshop 1", olga);
        discussions.session(a, "WS2", "Workshop 2", otto);
        inWs1 = post(slugA, anchor(slugA, 0), "Held in the first workshop.");
        inWs2 = post(slugA, anchor(slugA, 1), "Held in the second workshop.");
        inB = post(slugB, anchor(slugB, 0), "Held in another consultation.");
        assertThat(List.of(inWs1, inWs2, inB)).allSatisfy(id -> assertThat(discussions.status(id)).isEqualTo("PENDING"));
    }

    @Test
    void anOrganiserModeratesTheirOwnSessionOnly() {
        var queue = Pages.html(mvc.get().uri("/moderation").with(user(olga)).exchange());
        assertThat(queue.select("h1").text()).isEqualTo("Moderation");
        assertThat(queue.select("#held-" + inWs1 + " .comment-body").text()).isEqualTo("Held in the first workshop.");
        assertThat(queue.select("#held-" + inWs2)).as("another session's comment").isEmpty();
        assertThat(queue.select("#held-" + inB)).as("another consultation's comment").isEmpty();
        assertThat(queue.select(".moderation-email")).as("emails are for admins").isEmpty();
        assertThat(queue.select("#participants-heading")).as("approving participants stays with admins").isEmpty();
        assertThat(queue.select("form[action=/moderation/comments/" + inWs1 + "/approve]")).hasSize(1);
        assertThat(Pages.html(mvc.get().uri("/").with(user(olga)).exchange()).select(".site-nav a[href=/moderation]"))
                .hasSize(1);

        assertThat(mvc.post().uri("/moderation/comments/{id}/approve", inWs1).with(user(olga)).with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/moderation").flash().containsEntry("flash", "moderation.approved");
        assertThat(discussions.status(inWs1)).isEqualTo("PUBLISHED");
        assertThat(mvc.post().uri("/moderation/comments/{id}/hide", inWs1).with(user(olga)).with(csrf())
                .param("reason", "Off topic")).hasStatus3xxRedirection();
        assertThat(discussions.status(inWs1)).isEqualTo("HIDDEN");
        assertThat(mvc.post().uri("/moderation/comments/{id}/restore", inWs1).with(user(olga)).with(csrf())
                .param("reason", "On topic after all")).hasStatus3xxRedirection();
        assertThat(discussions.status(inWs1)).isEqualTo("PUBLISHED");
        assertThat(audit(inWs1, olga)).containsExactly("comment.approved", "comment.hidden", "comment.restored");

        assertThat(mvc.get().uri("/moderation/comments/{id}", inWs2).with(user(olga))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/moderation/comments/{id}/approve", inWs2).with(user(olga)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/moderation/comments/{id}/reject", inB).with(user(olga)).with(csrf())
                .param("reason", "Not mine")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/moderation/comments/{id}/approve", inWs1).with(user(olga)).with(csrf()))
                .as("the admins' queue stays theirs").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(discussions.status(inWs2)).isEqualTo("PENDING");
        assertThat(discussions.status(inB)).isEqualTo("PENDING");
        assertThat(audit(inWs2, olga)).isEmpty();
        assertThat(audit(inB, olga)).isEmpty();

        assertThat(mvc.get().uri("/moderation").with(user(author))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/moderation")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(Pages.html(mvc.get().uri("/").with(user(author)).exchange()).select(".site-nav a[href=/moderation]"))
                .isEmpty();
    }

    @Test
    void anAdminAppointsModeratorsOfOneConsultation() {
        assertThat(mvc.post().uri("/moderation/comments/{id}/approve", inWs2).with(user(mo)).with(csrf()))
                .as("not yet appointed").hasStatus(HttpStatus.FORBIDDEN);

        var unknown = mvc.post().uri("/admin/consultations/{slug}/moderators", slugA).with(user(admin)).with(csrf())
                .param("email", "nobody-" + UUID.randomUUID() + "@example.org").exchange();
        assertThat(unknown).hasStatusOk();
        assertThat(Pages.html(unknown).select("#moderator-email-error").text()).startsWith("No account has this email");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/moderators", slugA).with(user(mo)).with(csrf())
                .param("email", mo.getUsername())).as("only admins appoint").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(moderatorsOf(slugA)).isZero();

        assertThat(mvc.post().uri("/admin/consultations/{slug}/moderators", slugA).with(user(admin)).with(csrf())
                .param("email", mo.getUsername())).hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/consultations/" + slugA + "/moderators");
        var page = Pages.html(mvc.get().uri("/admin/consultations/{slug}/moderators", slugA).with(user(admin)).exchange());
        assertThat(page.select("#moderator-" + mo.id()).text()).contains("Mo Moderator", mo.getUsername());
        assertThat(Pages.html(mvc.get().uri("/admin/consultations").with(user(admin)).exchange())
                .select("a[href=/admin/consultations/" + slugA + "/moderators]")).hasSize(1);

        var queue = Pages.html(mvc.get().uri("/moderation").with(user(mo)).exchange());
        assertThat(queue.select("#held-" + inWs1)).hasSize(1);
        assertThat(queue.select("#held-" + inWs2)).hasSize(1);
        assertThat(queue.select("#held-" + inB)).isEmpty();
        assertThat(mvc.post().uri("/moderation/comments/{id}/approve", inWs2).with(user(mo)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(discussions.status(inWs2)).isEqualTo("PUBLISHED");
        assertThat(audit(inWs2, mo)).containsExactly("comment.approved");
        assertThat(mvc.post().uri("/moderation/comments/{id}/approve", inB).with(user(mo)).with(csrf()))
                .as("consultation B is not theirs").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(discussions.status(inB)).isEqualTo("PENDING");

        assertThat(mvc.post().uri("/admin/consultations/{slug}/moderators/{id}/delete", slugA, mo.id()).with(user(admin))
                .with(csrf())).hasStatus3xxRedirection();
        assertThat(moderatorsOf(slugA)).isZero();
        assertThat(mvc.get().uri("/moderation").with(user(mo))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/moderation/comments/{id}/approve", inWs1).with(user(mo)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("""
                        SELECT action FROM audit_event WHERE subject_type = 'consultation' AND subject_id = ?
                        AND action LIKE 'consultation.moderator%' ORDER BY id""")
                .params(consultations.summary(slugA).id()).query(String.class).list())
                .containsExactly("consultation.moderator_appointed", "consultation.moderator_dismissed");
    }

    private String consultation() {
        String slug = "om-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Messages " + slug, null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1\n\nThe first message of the first workshop.\n\n"
                + "## Workshop 2\n\nAnother message of another workshop.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        consultations.moderate(slug, new ModerationRules(ModerationMode.PRE, false));
        return slug;
    }

    private String anchor(String slug, int index) {
        return jdbc.sql("SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? ORDER BY p.position")
                .params(slug).query(String.class).list().get(index);
    }

    private long post(String slug, String anchor, String body) {
        assertThat(discussions.post(slug, anchor, author, body, discussions.shownAt(slug, anchor, author), "", "10.0.7.1"))
                .hasStatus3xxRedirection();
        return discussions.lastCommentId(author);
    }

    private List<String> audit(long commentId, SignedInAccount actor) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'comment' AND subject_id = ? AND actor_id = ? ORDER BY id")
                .params(commentId, actor.id()).query(String.class).list();
    }

    private long moderatorsOf(String slug) {
        return jdbc.sql("SELECT count(*) FROM consultation_moderator m JOIN consultation c ON c.id = m.consultation_id WHERE c.slug = ?")
                .params(slug).query(Long.class).single();
    }
}
