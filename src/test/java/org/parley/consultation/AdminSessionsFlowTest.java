package org.parley.consultation;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.session.SessionService;
import org.parley.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An admin defines the sessions of a consultation, puts its sections in them and appoints organisers. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminSessionsFlowTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    SessionAssignments sessionAssignments;

    @Autowired
    SessionService sessions;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private Discussions discussions;
    private SignedInAccount admin;
    private String slug;
    private long consultationId;

    @BeforeEach
    void consultationWithNestedSections() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        admin = discussions.admin("Ada Admin");
        slug = "s-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "EuroDIG messages", null, null, null));
        assertThat(mvc.post().uri("/admin/consultations/{slug}/import", slug).multipart()
                .param("text", "# 1 Workshop 1a\n\nFirst message.\n\n## 1.1 Details\n\nMore.\n\n# 2 Workshop 2\n\nSecond.")
                .param("format", "MARKDOWN").with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection();
        consultationId = consultations.summary(slug).id();
    }

    @Test
    void publishingWhileSessionsAreNotFinalAsksFirstAndNamesThem() {
        var ws1a = sessions.create(consultationId, "WS1a", "Workshop 1a");
        var ws2 = sessions.create(consultationId, "WS2", "Workshop 2");
        var ws3 = sessions.create(consultationId, "WS3", "Workshop 3");
        sessions.markFinal(ws3.id(), admin.id());

        var asked = mvc.post().uri("/admin/consultations/{slug}/status", slug).with(user(admin)).with(csrf())
                .param("status", "PUBLISHED").exchange();
        assertThat(asked).hasStatusOk();
        assertThat(consultations.summary(slug).status()).as("not published yet").isEqualTo(ConsultationStatus.DRAFT);
        var page = Pages.html(asked);
        assertThat(page.select(".notice p").first().text()).isEqualTo("These 2 sessions have not marked their text final:");
        assertThat(page.select(".sessions-not-final li").eachText()).containsExactly("WS1a Workshop 1a", "WS2 Workshop 2");
        assertThat(page.select("form input[name=confirmed]").val()).isEqualTo("true");
        assertThat(page.select("form input[name=status]").val()).isEqualTo("PUBLISHED");
        assertThat(page.select("a[href=/admin/consultations]")).isNotEmpty();

        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).with(user(admin)).with(csrf())
                .param("status", "PUBLISHED").param("confirmed", "true"))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "consultation.statusChanged");
        assertThat(consultations.summary(slug).status()).isEqualTo(ConsultationStatus.PUBLISHED);
        assertThat(sessions.isFinal(ws1a.id()) || sessions.isFinal(ws2.id())).as("publishing finalises nothing").isFalse();
    }

    @Test
    void publishingWithEverySessionFinalNeedsNoConfirmation() {
        sessions.markFinal(sessions.create(consultationId, "WS1a", "Workshop 1a").id(), admin.id());
        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).with(user(admin)).with(csrf())
                .param("status", "PUBLISHED")).hasStatus3xxRedirection();
        assertThat(consultations.summary(slug).status()).isEqualTo(ConsultationStatus.PUBLISHED);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).with(user(admin)).with(csrf())
                .param("status", "OPEN")).hasStatus3xxRedirection();
        sessions.create(consultationId, "WS2", "Workshop 2");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/status", slug).with(user(admin)).with(csrf())
                .param("status", "CLOSED")).as("only publishing asks").hasStatus3xxRedirection();
        assertThat(consultations.summary(slug).status()).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    void adminCreatesEditsAndDeletesASession() {
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).with(csrf())
                .param("code", " WS1a ").param("title", "Workshop 1a"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/consultations/" + slug + "/sessions")
                .flash().containsEntry("flash", "admin.sessions.created");
        var created = only(sessions.sessions(consultationId));
        assertThat(created.code()).isEqualTo("WS1a");
        assertThat(created.title()).isEqualTo("Workshop 1a");

        var page = Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).exchange());
        assertThat(page.select(".admin-session h3").text()).isEqualTo("WS1a Workshop 1a");
        var edit = Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions/{id}/edit", slug, created.id())
                .with(user(admin)).exchange());
        assertThat(edit.select("#code").val()).isEqualTo("WS1a");

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}", slug, created.id()).with(user(admin)).with(csrf())
                .param("code", "WS1b").param("title", "Workshop 1b")).hasStatus3xxRedirection();
        assertThat(sessions.session(created.id()).code()).isEqualTo("WS1b");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}", slug, created.id()).with(user(admin)).with(csrf())
                .param("code", "").param("title", "Blank code")).hasStatusOk();
        assertThat(sessions.session(created.id()).title()).as("an invalid form changes nothing").isEqualTo("Workshop 1b");
        sessions.markFinal(created.id(), admin.id());
        assertThat(Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).exchange())
                .select(".admin-session .session-final").text()).startsWith("Final since ");

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/delete", slug, created.id())
                .with(user(admin)).with(csrf())).hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.deleted");
        assertThat(sessions.sessions(consultationId)).isEmpty();
    }

    @Test
    void aDuplicateCodeIsRefusedWithAMessage() {
        var first = sessions.create(consultationId, "WS1a", "Workshop 1a");
        var second = sessions.create(consultationId, "WS2", "Workshop 2");

        var page = Pages.html(mvc.post().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).with(csrf())
                .param("code", "WS1a").param("title", "Again").exchange());
        assertThat(page.select("#code-error").text()).isEqualTo("This consultation already has a session with this code.");
        var edit = Pages.html(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}", slug, second.id())
                .with(user(admin)).with(csrf()).param("code", "WS1a").param("title", "Renamed").exchange());
        assertThat(edit.select("#code-error").text()).isEqualTo("This consultation already has a session with this code.");

        assertThat(sessions.sessions(consultationId)).extracting(SessionView::title).containsExactly("Workshop 1a", "Workshop 2");
        assertThat(sessions.create(otherConsultation(), "WS1a", "Same code elsewhere").code())
                .as("codes are unique per consultation only").isEqualTo(first.code());
    }

    @Test
    void adminAssignsSectionsAndASessionInUseIsNotDeleted() {
        var ws1a = sessions.create(consultationId, "WS1a", "Workshop 1a");
        var ws2 = sessions.create(consultationId, "WS2", "Workshop 2");
        var sections = sessionAssignments.sections(slug);
        assertThat(sections).extracting(SectionHeading::title).containsExactly("Workshop 1a", "Details", "Workshop 2");
        assertThat(sections).extracting(SectionHeading::depth).containsExactly(1, 2, 1);

        var page = Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).exchange());
        assertThat(page.select(".section-assignments select")).hasSize(3);
        assertThat(page.select(".section-assignments li.depth-2 label").text()).isEqualTo("1.1 Details");

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/assignments", slug).with(user(admin)).with(csrf())
                .param("section-" + sections.get(0).id(), String.valueOf(ws1a.id()))
                .param("section-" + sections.get(1).id(), String.valueOf(ws1a.id()))
                .param("section-" + sections.get(2).id(), String.valueOf(ws2.id())))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.assigned");
        assertThat(sessionAssignments.sections(slug)).extracting(SectionHeading::sessionId)
                .containsExactly(ws1a.id(), ws1a.id(), ws2.id());
        var shown = Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).exchange());
        assertThat(shown.select("#section-" + sections.get(2).id() + " option[selected]").val()).isEqualTo(String.valueOf(ws2.id()));

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/delete", slug, ws2.id()).with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.inUse");
        assertThat(sessions.sessions(consultationId)).hasSize(2);

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/assignments", slug).with(user(admin)).with(csrf())
                .param("section-" + sections.get(2).id(), "")).hasStatus3xxRedirection();
        assertThat(sessionAssignments.sections(slug)).extracting(SectionHeading::sessionId).containsExactly(ws1a.id(), ws1a.id(), null);
    }

    @Test
    void sectionsAndSessionsOfAnotherConsultationAreRefusedAndNothingChanges() {
        var ws1a = sessions.create(consultationId, "WS1a", "Workshop 1a");
        var foreignSession = sessions.create(otherConsultation(), "X", "Elsewhere");
        String otherSlug = discussions.openConsultation();
        long foreignSection = sessionAssignments.sections(otherSlug).get(0).id();
        var sections = sessionAssignments.sections(slug);

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/assignments", slug).with(user(admin)).with(csrf())
                .param("section-" + sections.get(0).id(), String.valueOf(ws1a.id()))
                .param("section-" + sections.get(1).id(), String.valueOf(foreignSession.id())))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.assignRefused");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/assignments", slug).with(user(admin)).with(csrf())
                .param("section-" + sections.get(0).id(), String.valueOf(ws1a.id()))
                .param("section-" + foreignSection, String.valueOf(ws1a.id())))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.assignRefused");
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/assignments", slug).with(user(admin)).with(csrf())
                .param("section-" + sections.get(0).id(), "not-a-number"))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.assignRefused");

        assertThat(sessionAssignments.sections(slug)).extracting(SectionHeading::sessionId).containsOnlyNulls();
        assertThat(sessionAssignments.sections(otherSlug)).extracting(SectionHeading::sessionId).containsOnlyNulls();
        assertThatThrownBy(() -> sessionAssignments.assignSession(slug, sections.get(0).id(), foreignSession.id()))
                .isInstanceOf(NotInConsultation.class);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/delete", slug, foreignSession.id())
                .with(user(admin)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(sessions.session(foreignSession.id()).code()).isEqualTo("X");
    }

    @Test
    void adminAppointsAndRemovesOrganisersByEmail() {
        var ws1a = sessions.create(consultationId, "WS1a", "Workshop 1a");
        var olga = discussions.participant("Olga Organiser");

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/organisers", slug, ws1a.id())
                .with(user(admin)).with(csrf()).param("email", " " + olga.getUsername().toUpperCase() + " "))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.appointed");
        assertThat(sessions.isOrganiser(ws1a.id(), olga.id())).isTrue();
        var page = Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin)).exchange());
        assertThat(page.select(".organisers li").text()).contains("Olga Organiser", olga.getUsername());

        var unknown = mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/organisers", slug, ws1a.id())
                .with(user(admin)).with(csrf()).param("email", "nobody@example.org").exchange();
        assertThat(unknown).hasStatus3xxRedirection().flash().containsEntry("flash", "admin.sessions.unknownEmail");
        var message = Pages.html(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin))
                .flashAttrs(unknown.getMvcResult().getFlashMap()).exchange());
        assertThat(message.select(".flash").text())
                .isEqualTo("No account has the email nobody@example.org, so nobody was appointed. Ask them to register first.");
        assertThat(sessions.organisersForAdmins(ws1a.id())).extracting(o -> o.accountId()).containsExactly(olga.id());

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/organisers/{account}/delete", slug, ws1a.id(), olga.id())
                .with(user(admin)).with(csrf())).hasStatus3xxRedirection();
        assertThat(sessions.isOrganiser(ws1a.id(), olga.id())).isFalse();
        assertThat(sessions.organisedBy(olga.id())).isEmpty();
    }

    @Test
    void theConsultationsListLinksToItsSessions() {
        var list = Pages.html(mvc.get().uri("/admin/consultations").with(user(admin)).exchange());
        assertThat(list.select("a[href=/admin/consultations/" + slug + "/sessions]").text()).isEqualTo("Sessions");
    }

    @Test
    void sessionPagesAreForAdminsOnlyAndNeedACsrfToken() {
        var participant = discussions.participant("Pat");
        var ws1a = sessions.create(consultationId, "WS1a", "Workshop 1a");
        long section = sessionAssignments.sections(slug).get(0).id();

        assertThat(mvc.get().uri("/admin/consultations/{slug}/sessions", slug)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/consultations/{slug}/sessions", slug).with(user(participant))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions", slug).with(user(participant)).with(csrf())
                .param("code", "Sneaky").param("title", "Sneaky")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/organisers", slug, ws1a.id())
                .with(user(participant)).with(csrf()).param("email", participant.getUsername())).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions", slug).with(user(admin))
                .param("code", "Forged").param("title", "Forged")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/assignments", slug).with(user(admin))
                .param("section-" + section, String.valueOf(ws1a.id()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/sessions/{id}/delete", slug, ws1a.id()).with(user(admin))
                .with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(sessions.sessions(consultationId)).extracting(SessionView::code).containsExactly("WS1a");
        assertThat(sessions.isOrganiser(ws1a.id(), participant.id())).isFalse();
        assertThat(sessionAssignments.sections(slug).get(0).sessionId()).isNull();
    }

    private long otherConsultation() {
        String other = "o-" + UUID.randomUUID().toString().substring(0, 8);
        return consultations.create(new NewConsultation(other, "Other", null, null, null)).id();
    }

    private static SessionView only(java.util.List<SessionView> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

}
