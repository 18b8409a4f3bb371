package org.parley.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Guessing passwords is slowed down per email and per client address without locking anyone out
 * for good; no answer tells whether an address has an account; signing in changes the session id;
 * the session cookie is Secure, HttpOnly and SameSite when Parley is configured for HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.cookie.secure=true", "parley.login.address-failures=8"})
@AutoConfigureMockMvc
class SignInProtectionTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Test
    void fiveFailuresMakeTheAccountWaitEvenWithTheRightPasswordAndTheWaitEnds() {
        String email = account();
        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "not the password", "10.1.0.1")).hasRedirectedUrl("/login?error");
        }
        var throttled = login(email, PASSWORD, "10.1.0.2");
        assertThat(throttled).hasRedirectedUrl("/login?wait=1");
        assertThat(signedIn(throttled)).isFalse();
        var page = Pages.html(mvc.get().uri("/login?wait=1").exchange());
        assertThat(page.select("#login-wait").text()).contains("Too many failed attempts", "1 minute");

        jdbc.sql("UPDATE login_throttle SET locked_until = now() - interval '1 second'").update();
        var later = login(email, PASSWORD, "10.1.0.2");
        assertThat(later).hasRedirectedUrl("/");
        assertThat(signedIn(later)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE throttle_key = ?").params("account:" + email)
                .query(Integer.class).single()).as("success forgives the account's failures").isZero();
    }

    @Test
    void anEmailWithoutAnAccountIsThrottledExactlyLikeOneWithAnAccount() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        String known = account();
        for (int i = 0; i < 5; i++) {
            assertThat(login(unknown, "not the password", "10.2.1." + i).getResponse().getRedirectedUrl())
                    .isEqualTo(login(known, "not the password", "10.2.2." + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(login(unknown, PASSWORD, "10.2.9.1")).hasRedirectedUrl("/login?wait=1");
        assertThat(login(known, PASSWORD, "10.2.9.2")).hasRedirectedUrl("/login?wait=1");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 8; i++) {
            assertThat(login("guess-" + i + "-" + UUID.randomUUID() + "@example.org", "not the password", "10.3.0.1"))
                    .hasRedirectedUrl("/login?error");
        }
        String someoneElse = account();
        assertThat(login(someoneElse, PASSWORD, "10.3.0.1")).as("the address waits").hasRedirectedUrl("/login?wait=1");
        assertThat(login(someoneElse, PASSWORD, "10.3.0.9")).as("other addresses do not").hasRedirectedUrl("/");
    }

    @Test
    void theWaitDoublesWithEveryFailureButNeverExceedsFifteenMinutes() {
        assertThat(throttle.delay(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.delay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(throttle.delay(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aPasswordResetForgivesTheFailures() {
        String email = account();
        throttle.failed(email, "10.4.0.1");
        assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = ?").params("account:" + email)
                .query(Integer.class).single()).isEqualTo(1);
        throttle.cleared(email);
        assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE throttle_key = ?").params("account:" + email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        String email = account();
        var http = HttpClient.newHttpClient();
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                BodyHandlers.ofString());
        String before = sessionCookie(page.headers().allValues("Set-Cookie"));
        String csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "JSESSIONID=" + before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String after = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
        assertThat(after).isNotBlank().isNotEqualTo(before);
    }

    private static String sessionCookie(java.util.List<String> setCookies) {
        return setCookies.stream().filter(value -> value.startsWith("JSESSIONID=")).findFirst()
                .map(value -> value.substring("JSESSIONID=".length(), value.indexOf(';'))).orElse("");
    }

    @Test
    void registeringAndResettingSayTheSameWhetherOrNotTheAddressHasAnAccount() {
        String taken = account();
        String fresh = "fresh-" + UUID.randomUUID() + "@example.org";
        for (String email : new String[] {taken, fresh}) {
            var registered = mvc.post().uri("/register").with(csrf()).param("displayName", "Someone").param("email", email)
                    .param("password", "another long passphrase").param("stakeholderGroup", "OTHER").exchange();
            assertThat(registered).as(email).hasRedirectedUrl("/register/sent");
            assertThat(signedIn(registered)).as(email).isFalse();
            var forgot = mvc.post().uri("/password/forgot").with(csrf()).param("email", email).exchange();
            assertThat(forgot.getResponse().getStatus()).as(email).isEqualTo(302);
        }
        assertThat(mvc.post().uri("/password/forgot").with(csrf()).param("email", taken).exchange().getResponse().getRedirectedUrl())
                .isEqualTo(mvc.post().uri("/password/forgot").with(csrf()).param("email", fresh).exchange().getResponse().getRedirectedUrl());
    }

    @Test
    void aPasswordFromTheListsAttackersTryIsRefusedWithAHint() {
        String email = "weak-" + UUID.randomUUID() + "@example.org";
        var page = Pages.html(mvc.post().uri("/register").with(csrf()).param("displayName", "Weak").param("email", email)
                .param("password", "Password1234").param("stakeholderGroup", "OTHER").exchange());
        assertThat(page.select("#password-error").text()).contains("first that attackers try", "unrelated words");
        var repeated = Pages.html(mvc.post().uri("/register").with(csrf()).param("displayName", "Weak").param("email", email)
                .param("password", "abababababab").param("stakeholderGroup", "OTHER").exchange());
        assertThat(repeated.select("#password-error").text()).contains("first that attackers try");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = ?").params(email).query(Integer.class).single()).isZero();
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteBehindHttps() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), BodyHandlers.discarding());
        var cookie = response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    private MvcTestResult login(String email, String password, String address) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("email", email).param("password", password).exchange();
    }

    private static boolean signedIn(MvcTestResult result) {
        var session = result.getRequest().getSession(false);
        return session != null && session.getAttribute("SPRING_SECURITY_CONTEXT") != null;
    }

    private String account() {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, PASSWORD, "Person", Role.PARTICIPANT, null, StakeholderGroup.OTHER, null));
        return email;
    }
}
