package org.parley.startup;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parley.TestDatabase;
import org.parley.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as bin/parley and the Docker image run it: with the Spring AOT code its build
 * wrote ({@code -Dspring.aot.enabled=true}), in which the beans are those the build found. What
 * Parley decides from its configuration when it starts (the database, the mail server, the demo
 * content) must still follow that configuration.
 */
class AotJarIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern PARAGRAPH = Pattern.compile("href=\"(/c/[^\"/?#]+/p/[^\"/?#]+)\"");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER);

    @TempDir
    Path work;

    @Test
    void usesTheConfiguredServerAndMailServerLoadsTheDemoContentAndTakesAComment() throws Exception {
        var database = TestDatabase.create();
        try (var parley = Parley.start(work,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.mail.host=localhost", "--spring.mail.port=" + TestSmtp.PORT,
                "--parley.demo.enabled=true", "--parley.discussion.minimum-fill-time=0s")) {

            parley.awaitLog(log -> log.contains("Demo content loaded"));
            assertThat(parley.log()).contains("Starting AOT-processed ParleyApplication")
                    .doesNotContain("Embedded PostgreSQL");
            assertThat(parley.get("/")).contains("EuroDIG 2024 — Messages from Workshop 1a");

            parley.askForPasswordReset("admin@parley.example");
            assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
            assertThat(greenMail.getReceivedMessages()[0].getAllRecipients()[0].toString())
                    .isEqualTo("admin@parley.example");

            parley.post("/login", Map.of("email", "david@parley.example", "password", "parley-demo-2026"), "/login");
            var paragraph = PARAGRAPH.matcher(parley.get("/c/eurodig-2024-workshop-1a"));
            assertThat(paragraph.find()).as("a paragraph link on the consultation page").isTrue();
            var form = parley.get(paragraph.group(1));
            parley.post(paragraph.group(1) + "/comments", Map.of("idempotencyKey", UUID.randomUUID().toString(),
                    "shownAt", hidden(form, "shownAt"), "body", "Posted to the jar that Spring AOT built."), paragraph.group(1));
            assertThat(parley.get(paragraph.group(1))).contains("Posted to the jar that Spring AOT built.");
        }
    }

    @Test
    void startsItsEmbeddedDatabaseWithoutDemoContentAndLogsMails() throws Exception {
        try (var parley = Parley.start(work,
                "--parley.database.embedded.data-directory=" + work.resolve("postgres"),
                "--parley.demo.enabled=false",
                "--parley.admin.email=first.admin@example.org", "--parley.admin.password=a long enough password")) {

            parley.awaitLog(log -> log.contains("Created the admin account first.admin@example.org"));
            assertThat(parley.log()).contains("Starting AOT-processed ParleyApplication", "Embedded PostgreSQL with data in");
            assertThat(work.resolve("postgres").resolve("PG_VERSION")).exists();
            assertThat(parley.get("/")).doesNotContain("EuroDIG 2024");

            parley.askForPasswordReset("first.admin@example.org");
            parley.awaitLog(log -> log.contains("Mail not sent (no SMTP server configured"));
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }

    private static String hidden(String html, String name) {
        var field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(field.find()).as("the form's " + name).isTrue();
        return field.group(1);
    }

    /** {@code java -Dspring.aot.enabled=true -jar target/parley.jar} on a free port, stopped as a service manager would. */
    private record Parley(Process process, Path logFile, URI base, HttpClient http) implements AutoCloseable {

        static Parley start(Path work, String... arguments) throws IOException, InterruptedException {
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dspring.aot.enabled=true", "-jar", Path.of("target", "parley.jar").toString(),
                    "--server.address=127.0.0.1", "--server.port=0"));
            command.addAll(List.of(arguments));
            var logFile = work.resolve("parley.log");
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            try {
                // Started: the demo content and first admin are made after the web server listens.
                var port = PORT.matcher(awaitLog(process, logFile, text -> text.contains("Started ParleyApplication")));
                assertThat(port.find()).as("the port in Parley's log").isTrue();
                var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                return new Parley(process, logFile, URI.create("http://127.0.0.1:" + port.group(1)), http);
            } catch (IOException | RuntimeException | InterruptedException | Error failed) {
                stop(process);
                throw failed;
            }
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        String awaitLog(Predicate<String> ready) throws IOException, InterruptedException {
            return awaitLog(process, logFile, ready);
        }

        private static String awaitLog(Process process, Path logFile, Predicate<String> ready)
                throws IOException, InterruptedException {
            var deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                String text = Files.readString(logFile);
                if (ready.test(text)) {
                    return text;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("Parley stopped (exit " + process.exitValue() + "):\n" + text);
                }
                Thread.sleep(200);
            }
            throw new AssertionError("Not in Parley's log within " + START_TIMEOUT + ":\n" + Files.readString(logFile));
        }

        String get(String path) throws IOException, InterruptedException {
            var response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        }

        void askForPasswordReset(String email) throws IOException, InterruptedException {
            post("/password/forgot", Map.of("email", email), "/password/forgot");
        }

        /** Sends a form as the page {@code formPage} would, CSRF token included, and expects the redirect of a form taken. */
        void post(String path, Map<String, String> fields, String formPage) throws IOException, InterruptedException {
            var form = new StringJoiner("&");
            form.add("_csrf=" + URLEncoder.encode(hidden(get(formPage), "_csrf"), StandardCharsets.UTF_8));
            fields.forEach((name, value) -> form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            var request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("POST " + path + " answered:\n" + response.body()).isEqualTo(302);
        }

        @Override
        public void close() throws InterruptedException {
            stop(process);
        }

        private static void stop(Process process) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
