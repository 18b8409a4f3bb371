package org.parley.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server: the security headers on pages, the session cookie's flags, and that
 * signing in and out only ever sends people on to our own addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/login", "/register", "/no/such/page", "/admin/consultations")) {
            var response = get(path);
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + path));
            assertThat(csp).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'", "base-uri 'self'", "form-action 'self'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxBeforeAndAfterSigningIn() throws Exception {
        var loginPage = get("/login");
        assertSessionCookie(loginPage);

        var signedIn = signIn(participant(), "a long enough password");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertSessionCookie(signedIn);
    }

    @Test
    void signingInNeverContinuesToAnotherSite() throws Exception {
        for (String target : List.of("https://evil.example", "//evil.example", "/\\evil.example", "https:evil.example",
                "%2F%2Fevil.example", "http://localhost:" + port + "@evil.example")) {
            var attempt = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String encoded = URLEncoder.encode(target, StandardCharsets.UTF_8);
            var page = send(attempt, page("/login?continue=" + encoded).GET().build());
            var login = Jsoup.parse(page.body());
            var response = send(attempt, form("/login?continue=" + encoded, Map.of("email", participant(),
                    "password", "a long enough password", "continue", target, "redirect", target,
                    "_csrf", login.select("input[name=_csrf]").val())));

            assertThat(response.statusCode()).as(target).isEqualTo(302);
            assertLocal(response, target);
        }
    }

    @Test
    void aSavedRequestContinuesToOurOwnPageAfterSigningIn() throws Exception {
        var asked = get("/profile");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        var signedIn = signIn(participant(), "a long enough password");

        assertLocal(signedIn, "saved request");
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/profile"));
    }

    @Test
    void signingOutStaysOnTheSiteWhateverTheRequestSays() throws Exception {
        signIn(participant(), "a long enough password");
        var home = Jsoup.parse(get("/").body());
        String csrf = home.select("form[action=/logout] input[name=_csrf]").val();

        var signedOut = send(browser, form("/logout?continue=https%3A%2F%2Fevil.example",
                Map.of("_csrf", csrf, "continue", "https://evil.example", "redirect", "https://evil.example")));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertLocal(signedOut, "logout");
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/?signedOut"));
    }

    private void assertLocal(HttpResponse<String> response, String target) {
        String location = response.headers().firstValue("Location").orElseThrow();
        var uri = URI.create(location);
        assertThat(uri.getHost()).as("%s sent to %s", target, location).isIn(null, "localhost");
        assertThat(location).as(target).doesNotContain("evil.example").doesNotStartWith("//");
    }

    private static void assertSessionCookie(HttpResponse<String> response) {
        var cookies = response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as("a session cookie").isNotEmpty();
        for (String cookie : cookies) {
            String flags = cookie.toLowerCase();
            assertThat(flags).contains("httponly", "samesite=lax", "path=/").doesNotContain("secure");
        }
    }

    private String participant() {
        String email = "p-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", "Pat", Role.PARTICIPANT, null,
                StakeholderGroup.ACADEMIA, null));
        return email;
    }

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        var login = Jsoup.parse(get("/login").body());
        return send(browser, form("/login", Map.of("email", email, "password", password,
                "_csrf", login.select("input[name=_csrf]").val())));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(browser, page(path).GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, BodyHandlers.ofString());
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return page(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html,application/xhtml+xml");
    }
}
