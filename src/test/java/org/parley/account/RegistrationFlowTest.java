package org.parley.account;

import org.parley.TestSmtp;
import java.util.UUID;

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Registering, the confirmation mail and its link, against a real SMTP server (GreenMail). */
@SpringBootTest(properties = Mails.SMTP)
@AutoConfigureMockMvc
class RegistrationFlowTest {

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
    void registeringMailsALinkThatConfirmsOnceAndSignsNobodyIn() {
        String email = newEmail();
        var registered = register(email, "Pat Example", "a good long passphrase");
        assertThat(registered).hasStatus3xxRedirection().hasRedirectedUrl("/register/sent");
        assertThat(session(registered).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("registering never signs in: it would tell a new address from a taken one").isNull();
        var session = signIn(email, "a good long passphrase");
        var me = signedIn(session);
        assertThat(me.getUsername()).isEqualTo(email);
        assertThat(accounts.isConfirmed(me.id())).isFalse();
        assertThat(accounts.participant(me.id())).isEqualTo(new ParticipantView(me.id(), "Pat Example", "Example University",
                StakeholderGroup.ACADEMIA, "CH", false));

        var sent = Pages.html(mvc.get().uri("/register/sent").session(session).exchange());
        assertThat(sent.select("main").text()).contains("We sent a link to confirm your email");
        assertThat(sent.select(".confirm-banner").text()).contains("Confirm your email address to take part", "Send it again");
        assertThat(sent.select(".site-nav a").eachText()).contains("Profile").doesNotContain("Register");

        var mail = Mails.only(greenMail, email);
        assertThat(mail.subject()).isEqualTo("Confirm your email for Parley");
        assertThat(mail.text()).contains("Hello Pat Example", "within 48 hours");
        String link = mail.link("/account/confirm?token=");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("SELECT count(*) FROM account_token WHERE token_hash = :token OR token_hash = :hash")
                .param("token", token).param("hash", AccountToken.hash(token)).query(Integer.class).single())
                .as("only the hash is stored").isEqualTo(1);

        var confirmed = Pages.html(mvc.get().uri(link).session(session).exchange());
        assertThat(confirmed.select("h1").text()).isEqualTo("Your email is confirmed");
        assertThat(confirmed.select(".confirm-banner")).isEmpty();
        assertThat(accounts.isConfirmed(me.id())).isTrue();

        var again = Pages.html(mvc.get().uri(link).exchange());
        assertThat(again.select("h1").text()).isEqualTo("This link does not work any more");
        assertThat(again.select("main a").eachAttr("href")).contains("/login");
    }

    @Test
    void anExpiredLinkIsRefusedAndOffersANewOne() {
        String email = newEmail();
        register(email, "Expiring", "a good long passphrase");
        var session = signIn(email, "a good long passphrase");
        long id = signedIn(session).id();
        String link = Mails.only(greenMail, email).link("/account/confirm?token=");
        jdbc.sql("UPDATE account_token SET created_at = now() - interval '3 days', expires_at = now() - interval '1 day' "
                + "WHERE account_id = :id").param("id", id).update();

        var page = Pages.html(mvc.get().uri(link).session(session).exchange());

        assertThat(page.select("h1").text()).isEqualTo("This link does not work any more");
        assertThat(page.select("main form").attr("action")).isEqualTo("/account/confirm/resend");
        assertThat(accounts.isConfirmed(id)).isFalse();
    }

    @Test
    void aNewLinkCanBeAskedForOncePerMinute() throws Exception {
        String email = newEmail();
        register(email, "Impatient", "a good long passphrase");
        var session = signIn(email, "a good long passphrase");
        long id = signedIn(session).id();

        assertThat(mvc.post().uri("/account/confirm/resend").session(session).with(csrf()))
                .hasRedirectedUrl("/profile").flash().containsEntry("flash", "account.confirm.tooSoon");
        assertThat(Mails.received(greenMail)).hasSize(1);

        jdbc.sql("UPDATE account_token SET created_at = created_at - interval '2 minutes' WHERE account_id = :id")
                .param("id", id).update();
        assertThat(mvc.post().uri("/account/confirm/resend").session(session).with(csrf()))
                .hasRedirectedUrl("/profile").flash().containsEntry("flash", "account.confirm.resent");
        assertThat(Mails.received(greenMail)).hasSize(2);

        String newest = Mails.received(greenMail).get(1).link("/account/confirm?token=");
        assertThat(Pages.html(mvc.get().uri(newest).exchange()).select("h1").text()).isEqualTo("Your email is confirmed");
        assertThat(mvc.post().uri("/account/confirm/resend").session(session).with(csrf()))
                .flash().containsEntry("flash", "account.confirm.already");
    }

    @Test
    void invalidRegistrationsKeepWhatWasTypedShowTheErrorsAndSaveNothing() {
        String email = "not-an-email";
        var result = mvc.post().uri("/register").with(csrf())
                .param("displayName", "").param("email", email).param("password", "short")
                .param("affiliation", "Ministry of Examples").param("stakeholderGroup", "").param("country", "XX")
                .exchange();

        assertThat(result).hasStatusOk();
        var page = Pages.html(result);
        assertThat(page.select("[role=alert]").text()).contains("nothing was saved");
        assertThat(page.select("#displayName-error").text()).contains("Enter the name");
        assertThat(page.select("#email-error").text()).contains("This is not an email address");
        assertThat(page.select("#email").val()).isEqualTo(email);
        assertThat(page.select("#email").attr("aria-describedby")).contains("email-error");
        assertThat(page.select("#password-error").text()).contains("at least 10 characters");
        assertThat(page.select("#password").val()).as("a password is never sent back").isEmpty();
        assertThat(page.select("#affiliation").val()).isEqualTo("Ministry of Examples");
        assertThat(page.select("#stakeholderGroup-error").text()).contains("Choose the stakeholder group");
        assertThat(page.select("#country-error").text()).contains("Choose a country from the list");
        assertThat(page.select("#country option").size()).isGreaterThan(200);
        assertThat(page.select("#country option[value=DE]").text()).isEqualTo("Germany");
        assertThat(countAccounts(email)).isZero();
        assertThat(Mails.received(greenMail)).isEmpty();
    }

    @Test
    void thePasswordMustNotBeTheEmail() {
        String email = newEmail();
        var page = Pages.html(register(email, "Lazy", email.toUpperCase()));

        assertThat(page.select("#password-error").text()).contains("must not be your email address");
        assertThat(countAccounts(email)).isZero();
    }

    @Test
    void aTakenEmailGetsTheSamePageAndItsOwnerIsTold() throws Exception {
        String email = newEmail();
        register(email, "First Owner", "a good long passphrase");
        greenMail.purgeEmailFromAllMailboxes();

        var second = register(email.toUpperCase(), "Impostor", "another long passphrase");

        assertThat(second).hasStatus3xxRedirection().hasRedirectedUrl("/register/sent");
        assertThat(session(second).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("not signed in").isNull();
        var page = Pages.html(mvc.get().uri("/register/sent").exchange());
        assertThat(page.select("main").text()).contains("We sent a link to confirm your email");
        var mail = Mails.only(greenMail, email);
        assertThat(mail.subject()).isEqualTo("Someone tried to register on Parley with your address");
        assertThat(mail.text()).contains("Hello First Owner", "http://localhost:8080/login", "http://localhost:8080/password/forgot")
                .doesNotContain("Impostor");
        assertThat(countAccounts(email)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT display_name FROM account WHERE email = :email").param("email", email)
                .query(String.class).single()).isEqualTo("First Owner");
    }

    @Test
    void registeringWithoutACsrfTokenIsForbidden() {
        String email = newEmail();
        assertThat(mvc.post().uri("/register").param("displayName", "Forger").param("email", email)
                .param("password", "a good long passphrase").param("stakeholderGroup", "OTHER"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/account/confirm/resend")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(countAccounts(email)).isZero();
    }

    @Test
    void anonymousVisitorsAreOfferedToRegisterAndGetNoBanner() {
        var home = Pages.html(mvc.get().uri("/").exchange());
        assertThat(home.select(".site-nav a").eachText()).contains("Register", "Sign in").doesNotContain("Profile");
        assertThat(home.select(".confirm-banner")).isEmpty();

        var form = Pages.html(mvc.get().uri("/register").exchange());
        assertThat(form.select("#stakeholderGroup option").eachText()).contains("Civil society", "Intergovernmental organisation");
        assertThat(form.select("form[action=/register] input[name=_csrf]")).isNotEmpty();
    }

    private MvcTestResult register(String email, String name, String password) {
        return mvc.post().uri("/register").with(csrf())
                .param("displayName", name).param("email", email).param("password", password)
                .param("affiliation", "Example University").param("stakeholderGroup", "ACADEMIA").param("country", "CH")
                .exchange();
    }

    private MockHttpSession signIn(String email, String password) {
        var result = mvc.post().uri("/login").with(csrf()).param("email", email).param("password", password).exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
        return session(result);
    }

    private static MockHttpSession session(MvcTestResult result) {
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static SignedInAccount signedIn(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).as("signed in").isNotNull();
        return (SignedInAccount) context.getAuthentication().getPrincipal();
    }

    private int countAccounts(String email) {
        return jdbc.sql("SELECT count(*) FROM account WHERE email = lower(:email)").param("email", email)
                .query(Integer.class).single();
    }

    static String newEmail() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }
}
