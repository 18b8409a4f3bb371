package org.parley.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Oversized requests get a clear answer and change nothing; the server keeps serving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RequestLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aFormWithTooManyFieldsGetsThePageThatSaysSo() throws Exception {
        var form = new StringBuilder("email=someone%40example.org&_csrf=").append(csrf("/password/forgot"));
        for (int i = 0; i < 1500; i++) {
            form.append("&field").append(i).append("=x");
        }
        var response = post("/password/forgot", form.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("This request could not be read");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormOfMoreThanOneMegabyteGetsThePageThatSaysSo() throws Exception {
        String form = "email=someone%40example.org&_csrf=" + csrf("/password/forgot") + "&filler=" + "a".repeat(1_200_000);
        var response = post("/password/forgot", form);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("main").text()).contains("too many fields or too much text");
    }

    @Test
    void headersOverTheLimitAreRefusedAndTheServerGoesOn() throws Exception {
        var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Padding", "p".repeat(20_000)).GET().build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anOverlongCommentComesBackWithItsTextAndTheLimit() {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var me = discussions.participant("Long Writer");
        String text = "word ".repeat(1001);
        var page = Pages.html(discussions.post(slug, anchor, me, text, discussions.shownAt(slug, anchor, me), "", "10.9.0.1"));
        assertThat(page.select("[role=alert]").text()).contains("characters; at most 5,000");
        assertThat(page.select("textarea[name=body]").val().strip()).isEqualTo(text.strip());
        assertThat(discussions.commentCount(slug)).isZero();
    }

    private String csrf(String path) throws Exception {
        return Jsoup.parse(get(path).body()).select("input[name=_csrf]").val();
    }

    private java.net.http.HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                BodyHandlers.ofString());
    }

    private java.net.http.HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(), BodyHandlers.ofString());
    }
}
