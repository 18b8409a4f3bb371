package org.parley.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
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

/** Changing an id in an address or a form never reaches another person's item. */
@SpringBootTest
@AutoConfigureMockMvc
class ObjectAccessTest {

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
    SignedInAccount intruder;
    SignedInAccount organiser;
    SignedInAccount otherOrganiser;
    String slug;
    String anchor;
    String otherAnchor;
    String otherSlug;
    String otherSlugAnchor;
    long ws2;

    @BeforeEach
    void twoConsultationsWithSessions() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        author = discussions.participant("Arno Author");
        intruder = discussions.participant("Ivo Intruder");
        organiser = discussions.participant("Olga Organiser");
        otherOrganiser = discussions.participant("Otto Otherorganiser");
        slug = consultation(organiser, otherOrganiser);
        anchor = anchor(slug, 1);
        otherAnchor = anchor(slug, 2);
        ws2 = jdbc.sql("SELECT s.id FROM session s JOIN consultation c ON c.id = s.consultation_id WHERE c.slug = ? AND s.code = 'WS2'")
                .params(slug).query(Long.class).single();
        otherSlug = consultation(otherOrganiser, otherOrganiser);
        otherSlugAnchor = anchor(otherSlug, 1);
        assertThat(otherSlugAnchor).as("anchors follow the text; these texts differ").isNotIn(anchor, otherAnchor);
    }

    @Test
    void anotherPersonCannotEditOrWithdrawAComment() {
        long comment = comment(author, slug, anchor, "The author's own words.", null);

        assertThat(mvc.get().uri("/comments/{id}/edit", comment).with(user(intruder))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/comments/{id}/edit", comment).with(user(intruder)).with(csrf())
                .param("body", "Words put in the author's mouth.")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/comments/{id}/withdraw", comment).with(user(intruder)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/comments/{id}/withdraw", comment).with(user(organiser)).with(csrf()))
                .as("not even the organiser of the session").hasStatus(HttpStatus.FORBIDDEN);

        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").params(comment).query(String.class).single())
                .isEqualTo("The author's own words.");
        assertThat(discussions.status(comment)).isEqualTo("PUBLISHED");
    }

    @Test
    void anUnconfirmedAccountCannotSupportAProposal() {
        long proposal = proposal(author, slug, anchor);
        jdbc.sql("UPDATE account SET verified_at = NULL WHERE id = ?").params(intruder.id()).update();

        assertThat(mvc.post().uri("/comments/{id}/support", proposal).with(user(intruder)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "proposal.refused.supportUnconfirmed");
        assertThat(jdbc.sql("SELECT count(*) FROM support WHERE comment_id = ?").params(proposal).query(Long.class).single())
                .isZero();

        jdbc.sql("UPDATE account SET verified_at = now() WHERE id = ?").params(intruder.id()).update();
        assertThat(mvc.post().uri("/comments/{id}/support", proposal).with(user(intruder)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "proposal.supported");
        assertThat(jdbc.sql("SELECT count(*) FROM support WHERE comment_id = ?").params(proposal).query(Long.class).single())
                .isOne();
    }

    @Test
    void anOrganiserCannotDecideOnAProposalOfAnotherSession() {
        long proposal = proposal(author, slug, otherAnchor);

        for (String decision : new String[] {"accept", "accept-with-edits", "reject"}) {
            assertThat(mvc.post().uri("/proposals/{id}/" + decision, proposal).with(user(organiser)).with(csrf())
                    .param("expectedVersion", "1").param("text", "Changed by the wrong organiser.")
                    .param("note", "No.").param("reason", "No."))
                    .as(decision).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.sql("SELECT proposal_status FROM comment WHERE id = ?").params(proposal).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(version(slug, otherAnchor)).isEqualTo(1);
    }

    @Test
    void anOrganiserCannotRespondToACommentOfAnotherSessionNorThroughAnotherConsultation() {
        long elsewhere = comment(author, slug, otherAnchor, "A comment on the other session's paragraph.", null);

        assertThat(mvc.get().uri("/c/{slug}/comments/{id}/response", slug, elsewhere).with(user(organiser)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/c/{slug}/comments/{id}/response", slug, elsewhere).with(user(organiser)).with(csrf())
                .param("status", "NOTED")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/c/{slug}/comments/{id}/response", otherSlug, elsewhere).with(user(otherOrganiser))
                .with(csrf()).param("status", "NOTED")).as("named under a consultation it is not in").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM comment_response WHERE comment_id = ?").params(elsewhere)
                .query(Long.class).single()).isZero();
        assertThat(mvc.post().uri("/c/{slug}/comments/{id}/response", slug, elsewhere).with(user(otherOrganiser)).with(csrf())
                .param("status", "NOTED")).as("its own organiser may").hasStatus3xxRedirection();
    }

    @Test
    void aReplyCannotHangUnderACommentOfAnotherParagraph() {
        long elsewhere = comment(author, slug, otherAnchor, "A comment on the other paragraph.", null);
        long elsewhereAbroad = comment(author, otherSlug, otherSlugAnchor, "A comment in another consultation.", null);

        for (long parent : new long[] {elsewhere, elsewhereAbroad, Long.MAX_VALUE}) {
            var result = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(intruder)).with(csrf())
                    .param("body", "A reply in the wrong place.").param("parentId", Long.toString(parent))
                    .param("idempotencyKey", UUID.randomUUID().toString())
                    .param("shownAt", discussions.shownAt(slug, anchor, intruder)).param("website", "").exchange();
            assertThat(result.getResponse().getStatus()).as("parent %s", parent).isNotEqualTo(500);
            assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE parent_id = ?").params(parent).query(Long.class).single())
                    .as("replies under %s", parent).isZero();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE author_id = ?").params(intruder.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void anOrganiserCannotEditOrRestoreAParagraphOfAnotherSessionOrConsultation() {
        // the paragraph of another consultation under this consultation's address
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", slug, otherSlugAnchor).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "Rewritten.").param("note", "x").exchange()
                .getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/restore", slug, otherSlugAnchor).with(user(organiser)).with(csrf())
                .param("version", "1").param("expectedVersion", "1").exchange()
                .getResponse().getStatus()).isIn(403, 404);
        // the other consultation's own address, where this organiser organises nothing
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", otherSlug, otherSlugAnchor).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "Rewritten.").param("note", "x")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/restore", otherSlug, otherSlugAnchor).with(user(organiser)).with(csrf())
                .param("version", "1").param("expectedVersion", "1")).hasStatus(HttpStatus.FORBIDDEN);
        // another session's paragraph of the same consultation
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", slug, otherAnchor).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "Rewritten.").param("note", "x")).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(version(otherSlug, otherSlugAnchor)).isEqualTo(1);
        assertThat(version(slug, otherAnchor)).isEqualTo(1);
    }

    @Test
    void anOrganiserCannotMarkAnotherSessionFinalAndAdminPagesCheckTheSessionsConsultation() {
        assertThat(mvc.post().uri("/sessions/{id}/final", ws2).with(user(organiser)).with(csrf()).param("confirm", "true"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT finalised_at IS NULL FROM session WHERE id = ?").params(ws2).query(Boolean.class).single())
                .isTrue();

        var admin = discussions.admin("Ada Admin");
        assertThat(mvc.get().uri("/admin/consultations/{slug}/sessions/{id}/edit", otherSlug, ws2).with(user(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/delete", otherSlug, ws2).with(user(admin)).with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM session WHERE id = ?").params(ws2).query(Long.class).single()).isOne();
    }

    @Test
    void anOrganiserOrAModeratorCannotModerateBeyondTheirSessionOrConsultation() {
        long own = comment(author, slug, anchor, "On the organiser's own session.", null);
        long otherSession = comment(author, slug, otherAnchor, "On the other session.", null);
        long otherConsultation = comment(author, otherSlug, otherSlugAnchor, "On the other consultation.", null);
        var admin = discussions.admin("Ada Admin");
        var moderator = discussions.participant("Mo Moderator");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/moderators", slug).with(user(admin)).with(csrf())
                .param("email", moderator.getUsername())).hasStatus3xxRedirection();

        for (long id : new long[] {otherSession, otherConsultation}) {
            assertThat(mvc.post().uri("/moderation/comments/{id}/hide", id).with(user(organiser)).with(csrf())
                    .param("reason", "Not my session.")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/moderation/comments/{id}", id).with(user(organiser))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/moderation/comments/{id}/hide", otherConsultation).with(user(moderator)).with(csrf())
                .param("reason", "Not my consultation.")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/moderation/comments/{id}/hide", 999_999_999L).with(user(organiser)).with(csrf())
                .param("reason", "No such comment.")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(List.of(discussions.status(otherSession), discussions.status(otherConsultation)))
                .containsOnly("PUBLISHED");

        assertThat(mvc.post().uri("/moderation/comments/{id}/hide", own).with(user(organiser)).with(csrf())
                .param("reason", "Off topic.")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/moderation/comments/{id}/hide", otherSession).with(user(moderator)).with(csrf())
                .param("reason", "Off topic.")).hasStatus3xxRedirection();
        assertThat(List.of(discussions.status(own), discussions.status(otherSession))).containsOnly("HIDDEN");
    }

    private String consultation(SignedInAccount firstOrganiser, SignedInAccount secondOrganiser) {
        String slug = "o-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Objects", null, now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1\n\nThe first workshop's message in " + slug + ".\n\n"
                        + "## Workshop 2\n\nThe second workshop's message in " + slug + ".\n",
                ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long consultationId = consultations.summary(slug).id();
        session(consultationId, "WS1", "Workshop 1", firstOrganiser);
        session(consultationId, "WS2", "Workshop 2", secondOrganiser);
        return slug;
    }

    private void session(long consultationId, String code, String title, SignedInAccount organiserAccount) {
        long id = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, ?, ?) RETURNING id")
                .params(consultationId, code, title).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(id, organiserAccount.id()).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ? AND title = ?").params(id, consultationId, title).update();
    }

    private String anchor(String slug, int position) {
        return jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? ORDER BY p.position OFFSET ? LIMIT 1""")
                .params(slug, position - 1).query(String.class).single();
    }

    private int version(String slug, String anchor) {
        return jdbc.sql("""
                        SELECT p.current_version FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? AND p.anchor = ?""").params(slug, anchor).query(Integer.class).single();
    }

    private long comment(SignedInAccount who, String slug, String anchor, String body, Long parent) {
        assertThat(discussions.post(slug, anchor, who, body, discussions.shownAt(slug, anchor, who), "", "10.0.0.2"))
                .hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }

    private long proposal(SignedInAccount who, String slug, String anchor) {
        return discussions.propose(slug, anchor, who, "Say it more plainly.", "Plainer words.");
    }
}
