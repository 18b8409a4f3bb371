package org.parley.audit;

import java.util.UUID;

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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Every act of an admin or an organiser leaves a line with who, what, before and after; nobody can change a line. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    Discussions discussions;
    SignedInAccount admin;
    SignedInAccount organiser;
    SignedInAccount author;
    String slug;

    @BeforeEach
    void people() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        admin = discussions.admin("Ada Auditor");
        organiser = discussions.participant("Olga Organiser");
        author = discussions.participant("Arno Author");
        slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void creatingAConsultationIsRecordedWithItsAdminAndTitle() {
        long consultation = createConsultation();
        assertThat(line("consultation.created", consultation)).contains("First title");
        assertThat(actor("consultation.created", consultation)).isEqualTo(admin.id());
    }

    @Test
    void describingAConsultationIsRecordedWithTheTitleBeforeAndAfter() {
        long consultation = createConsultation();
        assertThat(mvc.post().uri("/admin/consultations/{slug}", slug).with(user(admin)).with(csrf())
                .param("slug", slug).param("title", "Second title").param("moderationMode", "POST")).hasStatus3xxRedirection();
        assertThat(before("consultation.described", consultation)).contains("First title");
        assertThat(line("consultation.described", consultation)).contains("Second title");
    }

    @Test
    void importingTheTextIsRecordedWithWhatItMade() {
        long consultation = createConsultation();
        importText();
        assertThat(line("consultation.text_imported", consultation)).contains("\"sections\": 1");
    }

    @Test
    void openingAConsultationIsRecordedWithTheStatusBeforeAndAfter() {
        long consultation = createConsultation();
        importText();
        open();
        assertThat(before("consultation.status_changed", consultation)).contains("DRAFT");
        assertThat(line("consultation.status_changed", consultation)).contains("OPEN");
    }

    @Test
    void creatingASessionIsRecordedWithItsAdminAndTitle() {
        createConsultation();
        long session = createSession();
        assertThat(line("session.created", session)).contains("Workshop 1");
        assertThat(actor("session.created", session)).isEqualTo(admin.id());
    }

    @Test
    void appointingAnOrganiserIsRecordedWithTheOrganiser() {
        createConsultation();
        long session = createSession();
        appointOrganiser(session);
        assertThat(line("session.organiser_appointed", session)).contains(Long.toString(organiser.id()));
    }

    @Test
    void acceptingAProposalIsRecordedWithItsOrganiserAndTheVersionsBeforeAndAfter() {
        long proposal = acceptedProposal();
        assertThat(before("proposal.accepted", proposal)).contains("The first message.").contains("\"version\": 1");
        assertThat(line("proposal.accepted", proposal)).contains("The first message, plainly.").contains("\"version\": 2");
        assertThat(actor("proposal.accepted", proposal)).isEqualTo(organiser.id());
    }

    @Test
    void finalisingASessionIsRecordedWithItsOrganiser() {
        long session = openSessionWithOrganiser();
        finalise(session);
        assertThat(actor("session.finalised", session)).isEqualTo(organiser.id());
    }

    @Test
    void reopeningASessionIsRecordedWithItsAdmin() {
        long session = openSessionWithOrganiser();
        finalise(session);
        assertThat(mvc.post().uri("/sessions/{id}/reopen", session).with(user(admin)).with(csrf())).hasStatus3xxRedirection();
        assertThat(actor("session.reopened", session)).isEqualTo(admin.id());
    }

    @Test
    void theLogShowsTheLinesOfTheChosenAct() {
        acceptedProposal();
        var page = Pages.html(mvc.get().uri("/admin/audit?action=proposal.accepted").with(user(admin)).exchange());
        assertThat(page.select("table.audit-table tbody tr")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(page.select("table.audit-table tbody tr").text()).contains("Olga Organiser", "proposal.accepted")
                .doesNotContain("consultation.created");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteALine() {
        long id = jdbc.sql("""
                        INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
                        VALUES (?, 'consultation.created', 'consultation', 1, '{}') RETURNING id""")
                .params(admin.id()).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET action = 'consultation.forged' WHERE id = ?").params(id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").params(id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE id = ?").params(id).query(String.class).single())
                .isEqualTo("consultation.created");
    }

    @Test
    void onlyAdminsReadTheLog() {
        assertThat(mvc.get().uri("/admin/audit").with(user(organiser))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit?page=abc&actor=1%27%20OR%201=1").with(user(admin))).hasStatusOk();
    }

    private long createConsultation() {
        assertThat(mvc.post().uri("/admin/consultations").with(user(admin)).with(csrf())
                .param("slug", slug).param("title", "First title").param("moderationMode", "POST")).hasStatus3xxRedirection();
        return consultations.summary(slug).id();
    }

    private void importText() {
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart().with(user(admin)).with(csrf())
                .param("format", "MARKDOWN").param("text", "## Workshop 1\n\nThe first message.")).hasStatus3xxRedirection();
    }

    private void open() {
        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).with(user(admin)).with(csrf())
                .param("status", "OPEN")).hasStatus3xxRedirection();
    }

    private long createSession() {
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).with(csrf())
                .param("code", "WS1").param("title", "Workshop 1")).hasStatus3xxRedirection();
        return jdbc.sql("SELECT id FROM session WHERE consultation_id = ?").params(consultations.summary(slug).id())
                .query(Long.class).single();
    }

    private void appointOrganiser(long session) {
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/organisers", slug, session).with(user(admin))
                .with(csrf()).param("email", organiser.getUsername())).hasStatus3xxRedirection();
    }

    /** An open consultation whose text is all in one session, organised by the organiser; returns the session's id. */
    private long openSessionWithOrganiser() {
        long consultation = createConsultation();
        importText();
        open();
        long session = createSession();
        appointOrganiser(session);
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ?").params(session, consultation).update();
        return session;
    }

    /** A proposal on the open session's text, accepted by the organiser. */
    private long acceptedProposal() {
        openSessionWithOrganiser();
        long proposal = discussions.propose(slug, discussions.firstAnchor(slug), author, "Say it more plainly.",
                "The first message, plainly.");
        assertThat(mvc.post().uri("/proposals/{id}/accept", proposal).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("note", "Agreed.")).hasStatus3xxRedirection();
        return proposal;
    }

    private void finalise(long session) {
        assertThat(mvc.post().uri("/sessions/{id}/final", session).with(user(organiser)).with(csrf())
                .param("confirm", "true")).hasStatus3xxRedirection();
    }

    private String line(String action, long subject) {
        return jdbc.sql("SELECT CAST(details AS text) FROM audit_event WHERE action = ? AND subject_id = ? ORDER BY id DESC LIMIT 1")
                .params(action, subject).query(String.class).single();
    }

    private String before(String action, long subject) {
        return jdbc.sql("SELECT CAST(before_state AS text) FROM audit_event WHERE action = ? AND subject_id = ? ORDER BY id DESC LIMIT 1")
                .params(action, subject).query(String.class).single();
    }

    private Long actor(String action, long subject) {
        return jdbc.sql("SELECT actor_id FROM audit_event WHERE action = ? AND subject_id = ? ORDER BY id DESC LIMIT 1")
                .params(action, subject).query(Long.class).single();
    }
}
