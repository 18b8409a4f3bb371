package org.parley.discussion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.NoAlertPresentException;
import org.parley.Browser;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Big List of Naughty Strings and a list of XSS payloads, written as comments, replies,
 * proposals, quoted passages, display names, affiliations, a consultation's title and inside
 * imported Markdown and HTML; then the pages that show them are opened in Chromium. No alert
 * opens, no element a payload would create exists, no javascript: link is left, the console shows
 * no blocked script, and the payloads read as text. The strings are batched onto a few pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputInBrowserTest {

    /** Whatever a payload would create: elements named xss…, script-bearing elements, script URLs. */
    static final String INJECTED = """
            return document.querySelectorAll('[id^="xss" i], iframe, object, embed, base, marquee, video, template, \
            svg, math, body [onerror], body [onload], [onfocus], [ontoggle], [onstart], [onbegin], \
            a[href^="javascript" i], a[href^="vbscript" i], a[href^="data:" i], form[action^="javascript" i], \
            link[href^="javascript" i], meta[http-equiv]').length""";

    @LocalServerPort
    int port;

    @Autowired
    CommentService comments;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Browser browser;

    @BeforeAll
    void openTheBrowser() {
        browser = new Browser(true);
    }

    @AfterAll
    void closeTheBrowser() {
        browser.close();
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRuns() throws IOException {
        var naughty = read("/blns/blns.json");
        var xss = payloads();
        var all = new ArrayList<String>(xss);
        all.addAll(naughty);
        assertThat(naughty).hasSize(485);
        assertThat(xss).hasSizeGreaterThanOrEqualTo(40);

        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "<img id=xss-title src=x onerror=alert('title')> Hostile title",
                "<script>alert('summary')</script>", now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS)));
        var markdown = new StringBuilder("# <img id=xss-heading src=x onerror=alert('heading')> Hostile text\n\n")
                .append("Watch for `<img id=xss-quote src=x onerror=alert('quote')>` in the comments.\n\n");
        xss.forEach(payload -> markdown.append(payload).append("\n\n"));
        imports.importText(slug, markdown.toString(), ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        String anchor = jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = ? ORDER BY p.position LIMIT 1""").params(slug).query(String.class).single();

        String htmlSlug = slug + "-html";
        consultations.create(new NewConsultation(htmlSlug, "Imported web page", null, null, null));
        var html = new StringBuilder("<html><head><title>x</title><script>alert('head')</script></head><body><h1>Page</h1>");
        xss.forEach(payload -> html.append("<p>").append(payload).append("</p>"));
        imports.importText(htmlSlug, html.append("</body></html>").toString(), ImportFormat.HTML);
        consultations.changeStatus(htmlSlug, ConsultationStatus.OPEN);

        var authors = new ArrayList<Long>();
        for (int i = 0; i < xss.size(); i++) {
            String name = cut(xss.get(i), 120);
            String email = "hostile-" + i + "-" + UUID.randomUUID() + "@example.org";
            accounts.createIfAbsent(new NewAccount(email, "a long enough password", name.isBlank() ? "x" : name,
                    Role.PARTICIPANT, cut(xss.get(xss.size() - 1 - i), 200), StakeholderGroup.OTHER, null));
            authors.add(jdbc.sql("SELECT id FROM account WHERE email = ?").params(email).query(Long.class).single());
        }

        int posted = 0;
        Long previous = null;
        for (int i = 0; i < all.size(); i++) {
            String payload = all.get(i);
            if (payload.isBlank()) {
                continue;
            }
            long author = authors.get(i % authors.size());
            boolean reply = previous != null && i % 5 == 0;
            boolean proposal = !reply && i % 7 == 0;
            boolean quoting = i % 11 == 0;
            try {
                previous = comments.post(new NewComment(slug, anchor, author, payload, reply ? previous : null,
                        quoting ? "<img id=xss-quote src=x onerror=alert('quote')>" : null, null, null, UUID.randomUUID(),
                        proposal ? "New wording: " + payload : null, ProposalScope.PARAGRAPH)).id();
                posted++;
            } catch (CommentRefused refused) {
                fail("refused: " + payload + " (" + refused.getMessage() + ")");
            }
        }
        assertThat(posted).isGreaterThan(500);

        check("/", "Hostile title");
        check("/c/" + slug, "Hostile text");
        check("/c/" + slug + "/p/" + anchor, "<script>alert('xss')</script>");
        check("/c/" + slug + "/comments", "<svg id=xss2 onload=alert(2)>");
        check("/c/" + htmlSlug, "Page");
    }

    private void check(String path, String shownAsText) {
        var driver = browser.driver();
        browser.consoleMessages(); // forget the earlier pages' messages
        driver.get("http://localhost:" + port + path);
        try {
            driver.switchTo().alert();
            fail("an alert opened on " + path);
        } catch (NoAlertPresentException expected) {
            // no script ran
        }
        Object injected = driver.executeScript(INJECTED);
        assertThat(((Number) injected).intValue()).as("injected elements on %s", path).isZero();
        String text = (String) driver.executeScript("return document.body.innerText");
        assertThat(text).as("shown as text on %s", path).contains(shownAsText).doesNotContain("uid=");
        assertThat(browser.consoleMessages()).as("console on %s", path)
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("alert"));
        browser.screenshot("hostile-" + path.replaceAll("[^a-z0-9]+", "-"));
    }

    private List<String> read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return json.readValue(in, new TypeReference<List<String>>() { });
        }
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = HostileInputInBrowserTest.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        }
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text.strip()
                : text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }
}
