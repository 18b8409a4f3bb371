package org.parley.account;

import org.parley.TestSmtp;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The own profile page, and what other features may learn about a participant. */
@SpringBootTest(properties = Mails.SMTP)
@AutoConfigureMockMvc
class ProfilePageTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER).withPerMethodLifecycle(false);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/profile")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri("/profile").with(csrf()).param("displayName", "Nobody")).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void theProfileShowsTheOwnEmailAndSavesChanges() {
        var me = account("Before", "a good long passphrase");

        var page = Pages.html(mvc.get().uri("/profile").with(user(me)).exchange());
        assertThat(page.select(".own-email").text()).isEqualTo(me.getUsername());
        assertThat(page.select(".email-status").text()).isEqualTo("confirmed");
        assertThat(page.select("#displayName").val()).isEqualTo("Before");
        assertThat(page.select("form[action=/account/confirm/resend]")).isEmpty();

        assertThat(mvc.post().uri("/profile").with(user(me)).with(csrf()).param("displayName", "  After  ")
                .param("affiliation", "Civil Society Network").param("stakeholderGroup", "CIVIL_SOCIETY").param("country", "KE"))
                .hasRedirectedUrl("/profile").flash().containsEntry("flash", "account.profile.saved");

        assertThat(accounts.participant(me.id())).isEqualTo(new ParticipantView(me.id(), "After", "Civil Society Network",
                StakeholderGroup.CIVIL_SOCIETY, "KE", true));
    }

    @Test
    void invalidProfileChangesAreShownAndNotSaved() {
        var me = account("Unchanged", "a good long passphrase");

        var page = Pages.html(mvc.post().uri("/profile").with(user(me)).with(csrf()).param("displayName", " ")
                .param("affiliation", "x".repeat(201)).param("stakeholderGroup", "OTHER").exchange());

        assertThat(page.select("#displayName-error").text()).contains("Enter the name");
        assertThat(page.select("#affiliation-error").text()).contains("at most 200");
        assertThat(page.select(".own-email").text()).isEqualTo(me.getUsername());
        assertThat(accounts.participant(me.id()).displayName()).isEqualTo("Unchanged");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        var me = account("Careful", "the current password");

        var wrong = Pages.html(mvc.post().uri("/profile/password").with(user(me)).with(csrf())
                .param("currentPassword", "not the password").param("newPassword", "a brand new password")
                .param("newPasswordAgain", "a brand new password").exchange());
        assertThat(wrong.select("#currentPassword-error").text()).isEqualTo("This is not your current password.");
        assertThat(signIn(me.getUsername(), "a brand new password")).isFalse();

        assertThat(mvc.post().uri("/profile/password").with(user(me)).with(csrf())
                .param("currentPassword", "the current password").param("newPassword", "a brand new password")
                .param("newPasswordAgain", "a brand new password"))
                .hasRedirectedUrl("/profile").flash().containsEntry("flash", "account.password.changed");
        assertThat(signIn(me.getUsername(), "the current password")).isFalse();
        assertThat(signIn(me.getUsername(), "a brand new password")).isTrue();
    }

    @Test
    void passwordChangesWithoutACsrfTokenAreForbidden() {
        var me = account("Targeted", "the current password");

        assertThat(mvc.post().uri("/profile/password").with(user(me)).param("currentPassword", "the current password")
                .param("newPassword", "chosen by the attacker").param("newPasswordAgain", "chosen by the attacker"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/profile").with(user(me)).param("displayName", "Defaced").param("stakeholderGroup", "OTHER"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(signIn(me.getUsername(), "the current password")).isTrue();
        assertThat(accounts.participant(me.id()).displayName()).isEqualTo("Targeted");
    }

    @Test
    void otherFeaturesGetParticipantsInOneCallAndNeverTheirEmail() {
        var first = account("First", "a good long passphrase");
        var second = account("Second", "a good long passphrase");

        var participants = accounts.participants(List.of(first.id(), second.id(), 999_999L));

        assertThat(participants).containsOnlyKeys(first.id(), second.id());
        assertThat(participants.get(second.id()).displayName()).isEqualTo("Second");
        assertThat(Arrays.stream(ParticipantView.class.getRecordComponents()).map(c -> c.getName()))
                .noneMatch(name -> name.toLowerCase().contains("mail"));
        assertThat(accounts.participants(List.of())).isEmpty();
        assertThat(accounts.isConfirmed(999_999L)).isFalse();
    }

    @Test
    void noPageShowsSomeoneElsesEmail() throws Exception {
        var other = account("Other", "a good long passphrase");
        var me = account("Me", "a good long passphrase");

        for (String path : List.of("/", "/profile", "/register", "/register/sent", "/password/forgot", "/login")) {
            String html = mvc.get().uri(path).with(user(me)).exchange().getResponse().getContentAsString();
            assertThat(html).as(path).doesNotContain(other.getUsername());
        }
    }

    @Test
    void anUnconfirmedParticipantSeesTheBannerAndTheResendButton() {
        var me = account("Unconfirmed", "a good long passphrase");
        jdbc.sql("UPDATE account SET verified_at = NULL WHERE id = :id").param("id", me.id()).update();

        var page = Pages.html(mvc.get().uri("/profile").with(user(me)).exchange());

        assertThat(page.select(".confirm-banner").text()).contains("Confirm your email address to take part");
        assertThat(page.select(".email-status").text()).isEqualTo("not confirmed yet");
        assertThat(page.select("main form[action=/account/confirm/resend]")).hasSize(1);
    }

    private boolean signIn(String email, String password) {
        var result = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password));
        return "/".equals(result.getResponse().getRedirectedUrl());
    }

    private SignedInAccount account(String name, String password) {
        String email = RegistrationFlowTest.newEmail();
        accounts.createIfAbsent(new NewAccount(email, password, name, Role.PARTICIPANT, null, StakeholderGroup.OTHER, null));
        long id = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).single();
        return new SignedInAccount(id, email, "", name, Role.PARTICIPANT, true);
    }

}
