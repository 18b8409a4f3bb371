package org.parley.account;

import org.parley.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
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

/** A forgotten password: the mail, the single-use link, and signing in with the new password. */
@SpringBootTest(properties = Mails.SMTP)
@AutoConfigureMockMvc
class PasswordResetFlowTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER).withPerMethodLifecycle(false);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void forgetEarlierMails() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() {
        String known = existingAccount("the old password");
        String unknown = RegistrationFlowTest.newEmail();

        var forUnknown = mvc.post().uri("/password/forgot").param("email", unknown).with(csrf()).exchange();
        var forKnown = mvc.post().uri("/password/forgot").param("email", known).with(csrf()).exchange();

        assertThat(forUnknown).hasRedirectedUrl("/login").flash().containsEntry("flash", "account.reset.sent");
        assertThat(forKnown).hasRedirectedUrl("/login").flash().containsEntry("flash", "account.reset.sent");
        assertThat(Mails.received(greenMail)).extracting(Mails.Received::to).containsExactly(known);
        var login = Pages.html(mvc.get().uri("/login").flashAttr("flash", "account.reset.sent").exchange());
        assertThat(login.select(".flash").text()).isEqualTo("If an account exists for this address, we sent a link to it. It works for one hour.");
    }

    @Test
    void theResetLinkSetsANewPasswordOnceAndUsesUpEveryOtherLink() throws Exception {
        String email = existingAccount("the old password");
        requestReset(email);
        String older = Mails.only(greenMail, email).link("/password/reset?token=");
        jdbc.sql("UPDATE account_token SET created_at = created_at - interval '2 minutes' WHERE purpose = 'RESET_PASSWORD' "
                + "AND account_id = (SELECT id FROM account WHERE email = :email)").param("email", email).update();
        greenMail.purgeEmailFromAllMailboxes();
        requestReset(email);
        var mail = Mails.only(greenMail, email);
        assertThat(mail.subject()).isEqualTo("Reset your Parley password");
        String link = mail.link("/password/reset?token=");
        String token = link.substring(link.indexOf('=') + 1);

        var form = Pages.html(mvc.get().uri(link).exchange());
        assertThat(form.select("h1").text()).isEqualTo("Choose a new password");
        assertThat(form.select("input[name=token]").val()).isEqualTo(token);

        var mismatch = Pages.html(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
                .param("password", "the new password").param("passwordAgain", "the new passwort").exchange());
        assertThat(mismatch.select("#passwordAgain-error").text()).contains("not the same");
        var sameAsEmail = Pages.html(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
                .param("password", email).param("passwordAgain", email).exchange());
        assertThat(sameAsEmail.select("#password-error").text()).contains("must not be your email address");

        assertThat(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
                .param("password", "the new password").param("passwordAgain", "the new password"))
                .hasRedirectedUrl("/login").flash().containsEntry("flash", "account.reset.done");

        assertThat(mvc.perform(formLogin("/login").userParameter("email").user(email).password("the old password")))
                .hasRedirectedUrl("/login?error");
        assertThat(mvc.perform(formLogin("/login").userParameter("email").user(email).password("the new password")))
                .hasRedirectedUrl("/");
        assertThat(Pages.html(mvc.get().uri(link).exchange()).select("h1").text()).isEqualTo("This link does not work any more");
        var reused = Pages.html(mvc.post().uri("/password/reset").with(csrf()).param("token", token)
                .param("password", "a third password").param("passwordAgain", "a third password").exchange());
        assertThat(reused.select("main a").eachAttr("href")).contains("/password/forgot");
        assertThat(Pages.html(mvc.get().uri(older).exchange()).select("h1").text()).isEqualTo("This link does not work any more");
        assertThat(mvc.perform(formLogin("/login").userParameter("email").user(email).password("a third password")))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        String email = existingAccount("the old password");
        requestReset(email);
        String link = Mails.only(greenMail, email).link("/password/reset?token=");
        jdbc.sql("UPDATE account_token SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' "
                + "WHERE account_id = (SELECT id FROM account WHERE email = :email)").param("email", email).update();

        assertThat(Pages.html(mvc.get().uri(link).exchange()).select("h1").text()).isEqualTo("This link does not work any more");
        assertThat(mvc.perform(formLogin("/login").userParameter("email").user(email).password("the old password")))
                .hasRedirectedUrl("/");
    }

    @Test
    void askingAgainWithinAMinuteSendsNothingMore() {
        String email = existingAccount("the old password");
        requestReset(email);
        requestReset(email);

        assertThat(Mails.received(greenMail)).hasSize(1);
    }

    @Test
    void formsWithoutACsrfTokenAreForbidden() {
        String email = existingAccount("the old password");
        assertThat(mvc.post().uri("/password/forgot").param("email", email)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/password/reset").param("token", "x").param("password", "the new password")
                .param("passwordAgain", "the new password")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(Mails.received(greenMail)).isEmpty();
    }

    private void requestReset(String email) {
        assertThat(mvc.post().uri("/password/forgot").param("email", email).with(csrf())).hasStatus3xxRedirection();
    }

    private String existingAccount(String password) {
        String email = RegistrationFlowTest.newEmail();
        accounts.createIfAbsent(new NewAccount(email, password, "Forgetful", Role.PARTICIPANT, null, StakeholderGroup.OTHER, null));
        return email;
    }
}
