package org.parley.discussion;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.parley.TestDatabase;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database stops in the middle of a stream of comments and starts again. Requests in flight
 * fail cleanly with a 503 page that carries what was typed, ready to send again; the application
 * reconnects by itself, without a restart; sending every form again after the restart leaves
 * each comment exactly once, and nothing half-written.
 */
class DatabaseRestartTest {

    static final String PASSWORD = "a long enough password";
    static final int CLIENTS = 4;
    /** How long the clients may take to see what the test waits for; far longer than it takes. */
    static final Duration WAIT = Duration.ofMinutes(1);

    Path dataDirectory;
    int databasePort;
    EmbeddedPostgres postgres;
    ConfigurableApplicationContext app;

    @AfterEach
    void stopEverything() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void requestsDuringARestartGetAPleaseRetryPageAndNothingIsLostOrDoubled() throws Exception {
        dataDirectory = Files.createTempDirectory("parley-restart-pg");
        databasePort = freePort();
        postgres = startDatabase();
        app = new SpringApplicationBuilder(ParleyApplication.class).properties(
                "server.port=0", TestDatabase.OWN_DATABASE + "=true",
                "spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "spring.datasource.username=postgres", "spring.datasource.password=",
                "spring.datasource.hikari.connection-timeout=1500",
                "spring.datasource.hikari.validation-timeout=1000").run();
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String slug = openConsultation();
        String anchor = app.getBean(JdbcClient.class).sql("SELECT anchor FROM paragraph ORDER BY position LIMIT 1")
                .query(String.class).single();

        var clients = new ArrayList<Client>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new Client(port, participant("Restart Client " + i), slug, anchor));
        }

        var running = new AtomicBoolean(true);
        var outcomes = new ConcurrentHashMap<String, Integer>();
        var retryPages = new ConcurrentHashMap<String, String>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        var loads = new ArrayList<Future<List<String>>>();
        for (var client : clients) {
            loads.add(pool.submit(() -> {
                var sent = new ArrayList<String>();
                int n = 0;
                while (running.get()) {
                    String body = client.name + " comment " + n++;
                    var response = client.post(body);
                    sent.add(body);
                    outcomes.put(body, response.statusCode());
                    if (response.statusCode() == 503) {
                        retryPages.put(body, response.body());
                    }
                }
                return sent;
            }));
        }

        await("the first comments").atMost(WAIT).until(() -> answers(outcomes, 302) >= CLIENTS);
        postgres.close();
        await("requests meeting the stopped database").atMost(WAIT).until(() -> retryPages.size() >= CLIENTS);
        long postedBeforeRestart = answers(outcomes, 302);
        postgres = startDatabase();
        await("comments posted again after the restart").atMost(WAIT)
                .until(() -> answers(outcomes, 302) >= postedBeforeRestart + CLIENTS);
        running.set(false);
        var sentBodies = new ArrayList<String>();
        for (var load : loads) {
            sentBodies.addAll(load.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        var byStatus = outcomes.values().stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        System.out.println("RESTART outcomes by status: " + byStatus);
        assertThat(outcomes.values()).as("every answer is a redirect to the comment or the please-retry page")
                .allMatch(status -> status == 302 || status == 503);
        assertThat(retryPages).as("some requests met the stopped database").isNotEmpty();
        retryPages.forEach((body, page) -> {
            var html = Jsoup.parse(page);
            assertThat(html.select("h1").text()).isEqualTo("Please try again in a moment");
            assertThat(html.select("form.retry-form textarea[name=body]").text()).as("the typed text comes back in %s", page).isEqualTo(body);
            assertThat(html.select("form.retry-form input[name=idempotencyKey]").val()).isNotBlank();
        });

        // the application recovered by itself: every form the clients sent is sent once more, as people would
        for (var client : clients) {
            for (var entry : client.sentForms.entrySet()) {
                assertThat(client.resend(entry.getValue()).statusCode()).as(entry.getKey()).isEqualTo(302);
            }
        }
        var jdbc = app.getBean(JdbcClient.class);
        List<String> stored = jdbc.sql("SELECT body FROM comment").query(String.class).list();
        assertThat(stored).as("each comment exactly once, none lost").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sentBodies);
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE body_html = '' OR version_id IS NULL").query(Long.class).single())
                .as("nothing half-written").isZero();
    }

    private static long answers(Map<String, Integer> outcomes, int status) {
        return outcomes.values().stream().filter(answer -> answer == status).count();
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(databasePort).start();
    }

    private String openConsultation() {
        String slug = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        var consultations = app.getBean(ConsultationService.class);
        consultations.create(new NewConsultation(slug, "Restart", null, null, null));
        app.getBean(ImportService.class).importText(slug, "# Restart\n\nThe paragraph everyone comments on.",
                ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        return slug;
    }

    private String participant(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.org";
        app.getBean(AccountService.class).createIfAbsent(new NewAccount(email, PASSWORD, name, Role.PARTICIPANT, null,
                StakeholderGroup.OTHER, null));
        return email;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One person in a browser: signed in, the comment form loaded once, posting with a new key each time. */
    static final class Client {
        final String base;
        final String name;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        final Map<String, String> form = new LinkedHashMap<>();
        final Map<String, String> sentForms = new ConcurrentHashMap<>();
        final String action;

        Client(int port, String email, String slug, String anchor) throws Exception {
            this.base = "http://localhost:" + port;
            this.name = email;
            var login = Jsoup.parse(get("/login").body());
            var signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login")), Map.of("email", email, "password", PASSWORD,
                    "_csrf", login.select("input[name=_csrf]").val()));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            var page = Jsoup.parse(get("/c/" + slug + "/p/" + anchor).body());
            var commentForm = page.selectFirst("form.comment-form");
            assertThat(commentForm).isNotNull();
            action = commentForm.attr("action");
            for (var input : commentForm.select("input[type=hidden]")) {
                form.put(input.attr("name"), input.val());
            }
        }

        HttpResponse<String> post(String body) throws Exception {
            var fields = new LinkedHashMap<>(form);
            fields.put("idempotencyKey", UUID.randomUUID().toString());
            fields.put("body", body);
            sentForms.put(body, encode(fields));
            return resend(sentForms.get(body));
        }

        HttpResponse<String> resend(String encodedForm) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + action)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build(), BodyHandlers.ofString());
        }

        private HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), BodyHandlers.ofString());
        }

        private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> fields) throws Exception {
            return http.send(request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), BodyHandlers.ofString());
        }

        private static String encode(Map<String, String> fields) {
            return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
