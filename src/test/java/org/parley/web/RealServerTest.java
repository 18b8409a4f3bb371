package org.parley.web;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: signing in with the configured admin, error pages rendered
 * by the container, and an over-large upload stopped while it streams in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.admin.email=Root@Example.org",
        "parley.admin.password=correct horse battery staple"})
class RealServerTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsultationService consultations;

    @Autowired
    AccountService accounts;

    private @Nullable HttpBrowser browser;

    @Test
    void theConfiguredAdminSignsInReachesAdminPagesAndSignsOut() throws Exception {
        var afterLogin = signIn("root@example.org", "correct horse battery staple");
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        assertThat(afterLogin.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));

        var admin = get("/admin/consultations");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(admin.body()).select("h1").text()).isEqualTo("Manage consultations");
        assertThat(admin.headers().firstValue("Set-Cookie")).isEmpty();

        var home = Jsoup.parse(get("/").body());
        var signOut = post("/logout", Map.of("_csrf", home.select("form[action=/logout] input[name=_csrf]").val()));
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/?signedOut"));
        assertThat(get("/admin/consultations").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordGetsAMessageAndNoSession() throws Exception {
        var attempt = signIn("root@example.org", "wrong password entirely");

        assertThat(attempt.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        var page = Jsoup.parse(get("/login?error").body());
        assertThat(page.select("[role=alert]").text()).contains("The email or password is not right");
        assertThat(get("/admin/consultations").statusCode()).isEqualTo(302);
    }

    @Test
    void aParticipantOnAnAdminPageSeesTheForbiddenPage() throws Exception {
        String email = "participant-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", "Pat", Role.PARTICIPANT, null,
                StakeholderGroup.ACADEMIA, null));
        signIn(email, "a long enough password");

        var forbidden = get("/admin/consultations");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(forbidden.body()).select("h1").text()).isEqualTo("You are not allowed to do this");
    }

    @Test
    void unknownAddressesGetTheNotFoundPage() throws Exception {
        var missing = get("/no/such/page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("This page does not exist");
    }

    @Test
    void aThirtyMegabyteUploadIsRefusedWithAClearMessageAndWritesNothing() throws Exception {
        String slug = "upload-" + System.nanoTime();
        Document form = importFormAsAdmin(slug);
        String action = form.select("form[enctype=multipart/form-data]").attr("action");

        byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
        Arrays.fill(thirtyMegabytes, (byte) 'a');
        String boundary = "parley-" + UUID.randomUUID();
        var body = BodyPublishers.concat(
                BodyPublishers.ofString(field(boundary, "_csrf", form.select("input[name=_csrf]").val())),
                BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.md\"\r\n"
                        + "Content-Type: text/markdown\r\n\r\n"),
                BodyPublishers.ofByteArray(thirtyMegabytes),
                BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        var response = browser().send(page(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build());

        assertThat(response.statusCode()).isEqualTo(413);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("The file is too large");
        assertThat(page.select("main").text()).contains("at most 20 MB", "Nothing was saved");
        assertThat(page.select("a").eachAttr("href")).contains("/admin/consultations");
        assertThat(consultations.summary(slug).paragraphCount()).isZero();
    }

    @Test
    void theImportFormsCarryTheirCsrfTokenInTheBodyNeverInTheAddress() throws Exception {
        String slug = "csrf-" + System.nanoTime();
        Document form = importFormAsAdmin(slug);
        var upload = form.select("form[enctype=multipart/form-data]");
        String action = upload.attr("action");
        assertThat(action).isEqualTo("/admin/consultations/" + slug + "/import/preview");
        String token = upload.select("input[type=hidden][name=_csrf]").val();
        assertThat(token).isNotBlank();

        var preview = multipart(action, Map.of("_csrf", token, "format", "MARKDOWN", "text", "# A heading\n\nA paragraph."));
        assertThat(preview.statusCode()).isEqualTo(200);
        var previewPage = Jsoup.parse(preview.body());
        assertThat(previewPage.select("h1").text()).isEqualTo("Check the import");
        for (var confirm : previewPage.select("form[enctype=multipart/form-data]")) {
            assertThat(confirm.attr("action")).doesNotContain("_csrf");
            assertThat(confirm.select("input[name=_csrf]").val()).isNotBlank();
        }
        assertThat(multipart(action, Map.of("format", "MARKDOWN", "text", "# Without a token")).statusCode())
                .as("no token, no preview").isEqualTo(403);
        assertThat(multipart(action, Map.of("_csrf", "forged", "format", "MARKDOWN", "text", "# A forged token")).statusCode())
                .isEqualTo(403);

        var reimport = Jsoup.parse(get("/admin/consultations/" + slug + "/reimport").body());
        assertThat(reimport.select("form[enctype=multipart/form-data]").attr("action")).doesNotContain("_csrf");
    }

    /** A new consultation's import form, read by the configured admin. */
    private Document importFormAsAdmin(String slug) throws Exception {
        consultations.create(new NewConsultation(slug, "Import " + slug, null, null, null));
        signIn("root@example.org", "correct horse battery staple");
        return Jsoup.parse(get("/admin/consultations/" + slug + "/import").body());
    }

    private HttpResponse<String> multipart(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String boundary = "parley-" + UUID.randomUUID();
        String body = fields.entrySet().stream().map(field -> field(boundary, field.getKey(), field.getValue()))
                .collect(Collectors.joining()) + "--" + boundary + "--\r\n";
        return browser().send(page(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofString(body)).build());
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        return browser().signIn(email, password);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser().get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return browser().post(path, fields);
    }

    private HttpRequest.Builder page(String path) {
        return browser().page(path);
    }

    /** One browser per test (JUnit makes an instance per test), made once the port is known. */
    private HttpBrowser browser() {
        if (browser == null) {
            browser = new HttpBrowser(port);
        }
        return browser;
    }
}
