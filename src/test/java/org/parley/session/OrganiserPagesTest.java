package org.parley.session;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
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

/** Organisers find their sessions and mark their messages final; admins may reopen them. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganiserPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SessionService sessions;

    @Autowired
    ConsultationService consultations;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private Discussions discussions;
    private SignedInAccount olga;
    private SignedInAccount otto;
    private SignedInAccount pat;
    private SignedInAccount admin;
    private SessionView ws1a;
    private SessionView ws2;

    @BeforeEach
    void twoSessionsWithAnOrganiserEach() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        olga = discussions.participant("Olga Organiser");
        otto = discussions.participant("Otto Other");
        pat = discussions.participant("Pat Participant");
        admin = discussions.admin("Ada Admin");
        long consultation = consultations.create(new NewConsultation("o-" + UUID.randomUUID().toString().substring(0, 8),
                "Messages", null, null, null)).id();
        ws1a = sessions.create(consultation, "WS1a", "Workshop 1a");
        ws2 = sessions.create(consultation, "WS2", "Workshop 2");
        sessions.appoint(ws1a.id(), olga.getUsername());
        sessions.appoint(ws1a.id(), olga.getUsername());
        sessions.appoint(ws2.id(), otto.getUsername());
    }

    @Test
    void whoOrganisesWhat() {
        assertThat(sessions.isOrganiser(ws1a.id(), olga.id())).isTrue();
        assertThat(sessions.isOrganiser(ws2.id(), olga.id())).isFalse();
        assertThat(sessions.organisedBy(olga.id())).extracting(SessionView::code).containsExactly("WS1a");
        assertThat(sessions.organisedBy(pat.id())).isEmpty();
        assertThat(sessions.organisersForAdmins(ws1a.id())).hasSize(1);
        assertThatThrownBy(() -> sessions.appoint(ws1a.id(), "nobody@example.org")).isInstanceOf(UnknownOrganiser.class);
        assertThat(sessions.organisersForAdmins(ws1a.id())).extracting(OrganiserView::displayName).containsExactly("Olga Organiser");
    }

    @Test
    void organisersSeeMySessionsInTheNavigationAndOthersDoNot() {
        var page = Pages.html(mvc.get().uri("/").with(user(olga)).exchange());
        assertThat(page.select(".site-nav a[href=/sessions]").text()).isEqualTo("My sessions");
        assertThat(Pages.html(mvc.get().uri("/").with(user(pat)).exchange()).select(".site-nav a[href=/sessions]")).isEmpty();
        assertThat(Pages.html(mvc.get().uri("/").exchange()).select(".site-nav a[href=/sessions]")).isEmpty();

        var mine = Pages.html(mvc.get().uri("/sessions").with(user(olga)).exchange());
        assertThat(mine.select(".session-list li").eachText()).containsExactly("WS1a Workshop 1a open for changes");
        assertThat(mine.select(".session-list a").attr("href")).isEqualTo("/sessions/" + ws1a.id());
        assertThat(mvc.get().uri("/sessions")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/sessions/{id}", ws1a.id())).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void theOrganiserOfTheSessionMarksItFinalAfterConfirming() {
        var show = Pages.html(mvc.get().uri("/sessions/{id}", ws1a.id()).with(user(olga)).exchange());
        assertThat(show.select("h1").text()).isEqualTo("WS1a Workshop 1a");
        assertThat(show.select("button").eachText()).contains("Mark our paragraphs final");

        var unconfirmed = mvc.post().uri("/sessions/{id}/final", ws1a.id()).with(user(olga)).with(csrf()).exchange();
        assertThat(unconfirmed).hasStatusOk();
        var again = Pages.html(unconfirmed);
        assertThat(again.select("#confirm-error").text())
                .isEqualTo("Nothing was changed: tick the box to confirm that the organisers agree.");
        assertThat(again.select("#confirm").attr("aria-describedby")).isEqualTo("confirm-error");
        assertThat(again.select("#confirm").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#confirm-error").parents().select(".field")).isNotEmpty();
        assertThat(sessions.isFinal(ws1a.id())).as("not without the confirmation").isFalse();

        assertThat(mvc.post().uri("/sessions/{id}/final", ws1a.id()).with(user(olga)).param("confirm", "true"))
                .as("no CSRF token").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(sessions.isFinal(ws1a.id())).isFalse();

        assertThat(mvc.post().uri("/sessions/{id}/final", ws1a.id()).with(user(olga)).with(csrf()).param("confirm", "true"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/sessions/" + ws1a.id());
        assertThat(sessions.isFinal(ws1a.id())).isTrue();
        assertThat(jdbc.sql("SELECT finalised_by FROM session WHERE id = :id").param("id", ws1a.id()).query(Long.class).single())
                .isEqualTo(olga.id());
        var finalPage = Pages.html(mvc.get().uri("/sessions/{id}", ws1a.id()).with(user(olga)).exchange());
        assertThat(finalPage.select(".session-final").text()).startsWith("Final since ");
        assertThat(finalPage.select("form:not(.site-search)")).as("only sign out; no reopen for organisers").hasSize(1);
        assertThat(Pages.html(mvc.get().uri("/sessions").with(user(olga)).exchange()).select(".session-state").text())
                .isEqualTo("final");
    }

    @Test
    void organisersOfAnotherSessionAndParticipantsGet403() {
        assertThat(mvc.get().uri("/sessions/{id}", ws1a.id()).with(user(otto))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/sessions/{id}", ws1a.id()).with(user(pat))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/sessions/{id}/final", ws1a.id()).with(user(otto)).with(csrf()).param("confirm", "true"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/sessions/{id}/final", ws1a.id()).with(user(pat)).with(csrf()).param("confirm", "true"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> sessions.markFinal(ws1a.id(), otto.id())).isInstanceOf(NotOrganiser.class);
        assertThat(sessions.isFinal(ws1a.id())).isFalse();
        assertThat(mvc.get().uri("/sessions/{id}", 999_999_999L).with(user(olga))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void adminsMarkFinalAndOnlyAdminsReopen() {
        assertThat(mvc.post().uri("/sessions/{id}/final", ws2.id()).with(user(admin)).with(csrf()).param("confirm", "true"))
                .hasStatus3xxRedirection();
        assertThat(sessions.isFinal(ws2.id())).isTrue();

        assertThat(mvc.post().uri("/sessions/{id}/reopen", ws2.id()).with(user(otto)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> sessions.reopen(ws2.id(), otto.id())).isInstanceOf(NotOrganiser.class);
        assertThat(sessions.isFinal(ws2.id())).isTrue();

        var page = Pages.html(mvc.get().uri("/sessions/{id}", ws2.id()).with(user(admin)).exchange());
        assertThat(page.select("button").eachText()).contains("Reopen the session for changes");
        assertThat(mvc.post().uri("/sessions/{id}/reopen", ws2.id()).with(user(admin)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "session.reopened");
        assertThat(sessions.isFinal(ws2.id())).isFalse();
        assertThat(sessions.session(ws2.id()).finalisedAt()).isNull();
    }
}
