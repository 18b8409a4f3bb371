package org.parley.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 20 and 21 through a real server, as monitors, link checkers and crawlers knock: HEAD and
 * OPTIONS on public pages, /error opened directly, error pages for clients that do not ask for
 * HTML, and addresses of the reading pages with parameters that point nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryDoorTest {

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationService consultations;

    private final HttpClient client = HttpClient.newHttpClient();
    private String slug;
    private String anchor;

    @BeforeEach
    void aConsultation() {
        slug = "doors-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Doors", null, null, null));
        imports.importText(slug, "## Doors\n\nEvery door answers.\n\nNone answers 500.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        anchor = jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug ORDER BY p.position LIMIT 1""")
                .param("slug", slug).query(String.class).single();
    }

    private List<String> publicPages() {
        return List.of("/", "/c/" + slug, "/c/" + slug + "/p/" + anchor, "/c/" + slug + "/comments", "/login",
                "/search?q=door", "/c/" + slug + "/search?q=door");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        for (String path : publicPages()) {
            var get = send(path, "GET", "text/html");
            var head = send(path, "HEAD", "text/html");

            assertThat(head.statusCode()).as(path).isEqualTo(200).isEqualTo(get.statusCode());
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }

    @Test
    void optionsOnAPublicPageNeverSendsToTheSignInPage() throws Exception {
        for (String path : publicPages()) {
            var options = send(path, "OPTIONS", "*/*");

            assertThat(options.statusCode()).as(path).isIn(200, 204, 405);
            assertThat(options.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(options.headers().firstValue("Allow")).as(path)
                    .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "HEAD"));
        }
    }

    @Test
    void errorOpenedDirectlyIsANotFoundPage() throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            var error = send("/error", method, "text/html");

            assertThat(error.statusCode()).as(method).isEqualTo(404);
        }
        var error = send("/error", "GET", "*/*");
        assertThat(Jsoup.parse(error.body()).select("h1").text()).isEqualTo("This page does not exist");
    }

    @Test
    void errorPagesAreHtmlUnlessJsonIsAskedFor() throws Exception {
        for (String accept : new String[] {"*/*", null, "text/*", "application/xhtml+xml"}) {
            var missing = send("/no/such/page", "GET", accept);

            assertThat(missing.statusCode()).as(accept).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(Jsoup.parse(missing.body()).select("h1").text()).as(accept).isEqualTo("This page does not exist");
        }
        var json = send("/no/such/page", "GET", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
    }

    @Test
    void anUnknownOpenAnchorShowsThePageWithoutAThread() throws Exception {
        var page = send("/c/" + slug + "?open=p-nosuchanchor&comment=123456#c-123456", "GET", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.text()).contains("Every door answers.", "None answers 500.");
        assertThat(html.select("[role=status], .notice").text()).contains("not in this text");
    }

    @Test
    void theReportAndTheRespondFormAnswerOddAddressesWithoutA500() throws Exception {
        assertThat(send("/c/" + slug + "/report", "GET", "text/html").statusCode())
                .as("not published: only its organisers see a preview").isEqualTo(404);
        for (String path : List.of("/c/" + slug + "/comments/abc/response", "/c/" + slug + "/comments/-1/response",
                "/c/" + slug + "/comments/99999999999999999999/response", "/c/no-such-consultation/report.pdf",
                "/c/" + slug + "/report.xlsx")) {
            assertThat(send(path, "GET", "text/html").statusCode()).as(path).isBetween(300, 499);
        }
        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);
        for (String path : List.of("/report", "/report.docx", "/report.pdf", "/report.csv")) {
            assertThat(send("/c/" + slug + path, "GET", "*/*").statusCode()).as(path).isEqualTo(200);
            assertThat(send("/c/" + slug + path, "HEAD", "*/*").statusCode()).as("HEAD " + path).isEqualTo(200);
        }
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() throws Exception {
        for (String page : List.of("999", "0", "-3", "99999999999")) {
            var thread = send("/c/" + slug + "/p/" + anchor + "?page=" + page, "GET", "text/html");

            assertThat(thread.statusCode()).as(page).isEqualTo(200);
            assertThat(Jsoup.parse(thread.body()).text()).as(page).contains("Every door answers.");
        }
        var list = send("/c/" + slug + "/comments?page=999", "GET", "text/html");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(list.body()).select("[role=status]").text()).contains("There is no page 999", "last page, page 1");
        assertThat(send("/c/" + slug + "/comments?page=99999999999", "GET", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void insightsAnswerOddAddressesWithAPageOrNotFound() throws Exception {
        assertThat(send("/c/" + slug + "/insights", "GET", "text/html").statusCode()).as("hidden while open").isEqualTo(404);
        consultations.showInsightsWhileOpen(slug, true);
        for (String path : List.of("/c/" + slug + "/insights?chart=%27&page=-1&q=%22%3Cscript%3E", "/c/" + slug + "/insights/groups.csv?x=%27%22",
                "/c/" + slug + "/insights/strip.csv", "/c/" + slug + "/insights/terms.csv")) {
            assertThat(send(path, "GET", "text/html").statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/c/" + slug + "/insights/nonsense.csv", "/c/" + slug + "/insights/%2e%2e.csv",
                "/c/" + slug + "/insights/groups.csv.csv", "/c/no-such-" + slug + "/insights", "/c/" + slug + "/insights/x")) {
            assertThat(send(path, "GET", "text/html").statusCode()).as(path).isIn(400, 404);
        }
    }

    private HttpResponse<String> send(String path, String method, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replaceFirst("#.*", "")))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }
}
