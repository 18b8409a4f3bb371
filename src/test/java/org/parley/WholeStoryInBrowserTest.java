package org.parley;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole story of PRODUCT.md in Chromium, with JavaScript and without: an admin imports a text,
 * a participant registers, confirms by mail, comments, comments on a passage and proposes new
 * wording; another participant supports it and proposes something else; the session's organiser
 * accepts the first with edits and rejects the second; a visitor compares the versions and follows
 * See in context; the admin publishes and the text is exported. (It took in the organiser's browser
 * test: the proposal preview, the desk, the decisions' notes and flash messages, the history.) Every step leaves a screenshot in
 * target/screenshots/story-*.png; a failing step names its screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=localhost")
class WholeStoryInBrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER);

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://[^/\\s]+(/account/confirm\\S+)");
    private static final String PASSWORD = "a long enough password";
    private static final String FIRST = "Data flows are increasing exponentially and need common rules.";
    private static final String SECOND = "The UN should convene governments, business and civil society alike.";
    private static final String PROPOSED = FIRST.replace("exponentially", "steadily");
    private static final String EDITED = FIRST.replace("increasing exponentially", "growing steadily");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @TempDir
    Path files;

    Browser browser;
    String mode;
    int steps;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void withJavaScript() throws Exception {
        theWholeStory(true);
    }

    @Test
    void withoutJavaScript() throws Exception {
        theWholeStory(false);
    }

    private void theWholeStory(boolean javascript) throws Exception {
        mode = javascript ? "js" : "nojs";
        var discussions = new Discussions(null, jdbc, accounts, consultations);
        var admin = discussions.admin("Ada Admin");
        var ben = discussions.participant("Ben Supporter");
        var olga = discussions.participant("Olga Organiser");
        String slug = "story-" + mode + "-" + System.nanoTime();
        String email = "nora-" + UUID.randomUUID() + "@example.org";
        browser = new Browser(javascript);
        var driver = browser.driver();

        step("admin-imports", () -> {
            signIn(admin.getUsername());
            driver.get(url("/admin/consultations/new"));
            driver.findElement(By.id("title")).sendKeys("Workshop messages");
            driver.findElement(By.id("slug")).sendKeys(slug);
            driver.findElement(By.id("summary")).sendKeys("The messages of workshop 1a.");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForHeading("Import the text");
            Path text = files.resolve("messages-" + mode + ".md");
            Files.writeString(text, "## Workshop 1a\n\n" + FIRST + "\n\n" + SECOND + "\n");
            driver.findElement(By.id("file")).sendKeys(text.toString());
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForHeading("Check the import");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForHeading("Workshop messages");
            assertThat(driver.findElements(By.cssSelector(".paragraph"))).hasSize(2);
        });
        step("admin-opens", () -> {
            changeStatus(slug, "OPEN");
            discussions.organise(slug, olga);
            signOut();
        });
        String first = discussions.firstAnchor(slug);
        String second = jdbc.sql("SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? ORDER BY p.position")
                .params(slug).query(String.class).list().get(1);

        step("participant-registers", () -> {
            driver.get(url("/register"));
            driver.findElement(By.id("displayName")).sendKeys("Nora Newcomer");
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.id("affiliation")).sendKeys("Civil Society Network");
            new Select(driver.findElement(By.id("stakeholderGroup"))).selectByValue("CIVIL_SOCIETY");
            new Select(driver.findElement(By.id("country"))).selectByValue("KE");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForHeading("Check your mail");
        });
        step("participant-confirms", () -> {
            var mail = wait(driver).until(ignored -> greenMail.getReceivedMessagesForDomain(email).length > 0
                    ? GreenMailUtil.getBody(greenMail.getReceivedMessagesForDomain(email)[0]) : null);
            var link = CONFIRMATION_LINK.matcher(mail.replace("=\r\n", "").replace("=3D", "="));
            assertThat(link.find()).as("a confirmation link in: " + mail).isTrue();
            driver.get(url(link.group(1)));
            browser.waitForHeading("Your email is confirmed");
            // Registration may or may not sign the newcomer in: sign in when it did not.
            if (driver.findElements(By.xpath("//button[normalize-space()='Sign out']")).isEmpty()) {
                signIn(email);
            }
        });
        step("participant-comments", () -> {
            openParagraph(slug, first);
            driver.findElement(By.id("body-" + first)).sendKeys("Common rules need common institutions.");
            publish("Publish comment", "Common rules need common institutions.");
        });
        step("participant-comments-on-a-passage", () -> {
            openParagraph(slug, second);
            driver.findElement(By.id("quote-" + second)).sendKeys("civil society");
            driver.findElement(By.id("body-" + second)).sendKeys("And the technical community?");
            publish("Publish comment", "And the technical community?");
            assertThat(driver.findElement(By.cssSelector(".comment.highlighted .quote")).getText()).contains("civil society");
        });
        step("participant-previews-a-proposal", () -> {
            openParagraph(slug, first);
            driver.findElement(By.cssSelector("#thread-" + first + " details.propose summary")).click();
            var proposed = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("proposed-" + first)));
            assertThat(proposed.getAttribute("value")).as("the form starts from the paragraph's wording").isEqualTo(FIRST);
            proposed.clear();
            proposed.sendKeys(PROPOSED);
            driver.findElement(By.xpath("//button[normalize-space()='Preview the changes']")).click();
            var preview = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread-" + first + " .proposal-preview")));
            assertThat(preview.getText()).contains("Your proposal changes the text like this:", "1 word inserted, 1 deleted");
            assertThat(preview.findElement(By.cssSelector(".diff del")).getText()).contains("exponentially");
            assertThat(preview.findElement(By.cssSelector(".diff ins")).getText()).contains("steadily");
            assertThat(driver.findElement(By.id("proposed-" + first)).getAttribute("value")).isEqualTo(PROPOSED);
            assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE proposed_text IS NOT NULL AND paragraph_id IN "
                    + "(SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?)")
                    .params(slug).query(Long.class).single()).as("a preview posts nothing").isZero();
        });
        step("participant-proposes", () -> {
            driver.findElement(By.id("body-" + first)).sendKeys("Steadily is what the figures show.");
            publish("Publish comment", "Steadily is what the figures show.");
            var published = driver.findElement(By.cssSelector(".comment.highlighted .proposal"));
            assertThat(published.findElement(By.cssSelector(".proposal-status .badge")).getText()).isEqualTo("Open proposal");
            assertThat(published.findElement(By.cssSelector(".diff del")).getText()).contains("exponentially");
            assertThat(published.findElement(By.cssSelector(".diff ins")).getText()).contains("steadily");
            assertThat(published.findElements(By.xpath(".//button[normalize-space()='Support this proposal']")))
                    .as("nobody supports their own proposal").isEmpty();
            signOut();
        });
        long proposal = proposalOf(email);

        step("another-supports-and-proposes", () -> {
            signIn(ben.getUsername());
            openParagraph(slug, first);
            driver.findElement(By.id("c-" + proposal)).findElement(By.xpath(".//button[normalize-space()='Support this proposal']")).click();
            var supporters = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#c-" + proposal + " .supporters")));
            assertThat(supporters.getText()).isEqualTo("Supported by 1 person: Ben Supporter");
            assertThat(driver.findElement(By.cssSelector("#c-" + proposal + " .proposal-actions button")).getText())
                    .isEqualTo("Take back my support");
            openParagraph(slug, first);
            driver.findElement(By.cssSelector("#thread-" + first + " details.propose summary")).click();
            var other = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("proposed-" + first)));
            other.clear();
            other.sendKeys("Something else entirely.");
            driver.findElement(By.id("body-" + first)).sendKeys("Start again.");
            publish("Publish comment", "Start again.");
            signOut();
        });
        long rejected = proposalOf(ben.getUsername());

        step("organiser-finds-the-proposals", () -> {
            signIn(olga.getUsername());
            driver.findElement(By.linkText("Proposals to decide")).click();
            browser.waitForHeading("Proposals waiting for your decision");
            assertThat(queued(proposal).getText()).contains("Workshop messages", "session WS1a", "by Nora Newcomer", "supported by 1 person");
            assertThat(queued(proposal).findElement(By.cssSelector(".diff ins")).getText()).contains("steadily");
            queued(rejected);
        });
        step("organiser-accepts-with-edits", () -> {
            queued(proposal).findElement(By.linkText("Decide on this proposal")).click();
            browser.waitForHeading("Proposal by Nora Newcomer on paragraph 1");
            assertThat(driver.findElement(By.cssSelector(".proposed-text")).getText()).isEqualTo(PROPOSED);
            var edited = driver.findElement(By.id("edited-text"));
            assertThat(edited.getAttribute("value")).isEqualTo(PROPOSED);
            edited.clear();
            edited.sendKeys(EDITED);
            driver.findElement(By.id("edited-note")).sendKeys("Agreed at the session, in our words.");
            driver.findElement(By.xpath("//button[normalize-space()='Accept with these edits']")).click();
            browser.waitForHeading("Paragraph 1");
            assertThat(driver.findElement(By.id("text-" + first)).getText()).isEqualTo(EDITED);
            assertThat(driver.findElement(By.cssSelector(".flash")).getText())
                    .isEqualTo("The proposal is accepted with your edits: the paragraph is now at version 2.");
            var change = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread-" + first + " .change-note")));
            assertThat(change.findElement(By.cssSelector(".change-intro strong")).getText())
                    .isEqualTo("The session organisers accepted a proposal and changed this paragraph as follows:");
            assertThat(change.findElement(By.cssSelector(".diff del")).getText()).contains("increasing exponentially");
            assertThat(change.findElement(By.cssSelector(".diff ins")).getText()).contains("growing steadily");
            assertThat(change.findElement(By.cssSelector(".change-reason")).getText()).isEqualTo("Agreed at the session, in our words.");
            var accepted = driver.findElement(By.id("c-" + proposal));
            assertThat(accepted.findElement(By.cssSelector(".proposal-status .badge")).getText()).isEqualTo("Accepted with edits");
            assertThat(accepted.findElement(By.cssSelector(".proposal-decision")).getText()).startsWith("Decided by Olga Organiser");
        });
        step("organiser-rejects", () -> {
            driver.findElement(By.linkText("Proposals to decide")).click();
            browser.waitForHeading("Proposals waiting for your decision");
            assertThat(driver.findElements(By.cssSelector(".open-proposal a[href='/proposals/" + proposal + "']"))).as("decided").isEmpty();
            queued(rejected).findElement(By.linkText("Decide on this proposal")).click();
            browser.waitForHeading("Proposal by Ben Supporter on paragraph 1");
            assertThat(driver.findElement(By.cssSelector(".stale")).getText()).contains("written on version 1", "cannot be accepted as it is");
            driver.findElement(By.id("reason")).sendKeys("The workshop did not discuss this.");
            driver.findElement(By.xpath("//button[normalize-space()='Reject the proposal']")).click();
            browser.waitForHeading("Paragraph 1");
            assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The proposal is rejected; its author will be told why.");
            var reason = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#c-" + rejected + " .proposal-reason")));
            assertThat(reason.getText()).isEqualTo("The organisers' reason: The workshop did not discuss this.");
            assertThat(driver.findElement(By.cssSelector("#c-" + rejected + " .proposal-status .badge")).getText()).isEqualTo("Rejected");
            assertThat(driver.findElement(By.id("text-" + first)).getText()).as("a rejection changes nothing").isEqualTo(EDITED);
            signOut();
        });
        step("visitor-compares-versions", () -> {
            openParagraph(slug, first);
            driver.findElement(By.linkText("History (2 versions)")).click();
            browser.waitForHeading("History of paragraph 1");
            assertThat(driver.findElement(By.cssSelector("#v2 .version-source")).getText()).isEqualTo("accepted proposal");
            assertThat(driver.findElement(By.cssSelector("#v2 .version-credit")).getText()).startsWith("proposed by ")
                    .endsWith(", edited and accepted by organiser Olga Organiser");
            new Select(driver.findElement(By.id("compare-from"))).selectByValue("1");
            new Select(driver.findElement(By.id("compare-to"))).selectByValue("2");
            driver.findElement(By.xpath("//button[normalize-space()='Compare']")).click();
            var comparison = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));
            assertThat(comparison.findElement(By.tagName("h3")).getText()).isEqualTo("Version 1 compared with version 2");
            assertThat(comparison.findElement(By.cssSelector(".diff del")).getText()).contains("increasing exponentially");
            assertThat(comparison.findElement(By.cssSelector(".diff ins")).getText()).contains("growing steadily");
        });
        step("visitor-sees-in-context", () -> {
            driver.get(url("/c/" + slug));
            driver.findElement(By.cssSelector(".recent-comments li")).findElement(By.linkText("See in context")).click();
            wait(driver).until(ExpectedConditions.urlContains("open="));
            String fragment = URI.create(driver.getCurrentUrl()).getFragment();
            assertThat(fragment).startsWith("c-");
            assertThat(driver.findElement(By.id(fragment)).getAttribute("class")).contains("highlighted");
        });
        step("admin-publishes-and-exports", () -> {
            signIn(admin.getUsername());
            publishPastTheWarning(slug);
            driver.get(url("/c/" + slug));
            assertThat(driver.findElement(By.id("text-" + first)).getText()).isEqualTo(EDITED);
            var export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/c/" + slug + "/export.md?history=true"))).build(),
                    BodyHandlers.ofString());
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.body()).contains(EDITED, SECOND);
        });
    }

    /** Runs one step of the story and photographs the page after it, or when it fails. */
    private void step(String name, ThrowingStep action) {
        String shot = "story-" + mode + "-" + String.format("%02d", ++steps) + "-" + name;
        try {
            action.run();
        } catch (Throwable failure) {
            Path path = browser.screenshot(shot + "-FAILED");
            throw new AssertionError("Step " + steps + " (" + name + ", " + mode + ") failed; screenshot " + path.toAbsolutePath(), failure);
        }
        browser.screenshot(shot);
    }

    @FunctionalInterface
    private interface ThrowingStep {
        void run() throws Exception;
    }

    private void publish(String button, String expected) {
        var driver = browser.driver();
        driver.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".comment.highlighted"), expected));
    }

    private void changeStatus(String slug, String status) {
        var driver = browser.driver();
        driver.get(url("/admin/consultations"));
        new Select(driver.findElement(By.id("status-" + slug))).selectByValue(status);
        driver.findElement(By.id("status-" + slug)).findElement(By.xpath("./ancestor::form//button")).click();
        wait(driver).until(ignored -> consultations.summary(slug).status().name().equals(status));
    }

    /** The story's session never marked its text final, so publishing asks first, naming the session. */
    private void publishPastTheWarning(String slug) {
        var driver = browser.driver();
        driver.get(url("/admin/consultations"));
        new Select(driver.findElement(By.id("status-" + slug))).selectByValue("PUBLISHED");
        driver.findElement(By.id("status-" + slug)).findElement(By.xpath("./ancestor::form//button")).click();
        var notFinal = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sessions-not-final")));
        assertThat(notFinal.getText()).contains("WS1a");
        assertThat(consultations.summary(slug).status().name()).as("nothing published before the confirmation").isNotEqualTo("PUBLISHED");
        driver.findElement(By.xpath("//button[normalize-space()='Publish anyway']")).click();
        wait(driver).until(ignored -> consultations.summary(slug).status().name().equals("PUBLISHED"));
    }

    private WebElement queued(long proposal) {
        return browser.driver().findElements(By.cssSelector(".open-proposal")).stream()
                .filter(item -> !item.findElements(By.cssSelector("a[href='/proposals/" + proposal + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("proposal " + proposal + " is not in the queue"));
    }

    private long proposalOf(String email) {
        return jdbc.sql("""
                SELECT c.id FROM comment c JOIN account a ON a.id = c.author_id
                WHERE a.email = ? AND c.proposed_text IS NOT NULL ORDER BY c.id DESC LIMIT 1""").params(email).query(Long.class).single();
    }

    private void openParagraph(String slug, String anchor) {
        browser.driver().get(url("/c/" + slug + "/p/" + anchor));
        wait(browser.driver()).until(ExpectedConditions.presenceOfElementLocated(By.id("text-" + anchor)));
    }

    private void signIn(String email) {
        var driver = browser.driver();
        driver.get(url("/login"));
        browser.waitForHeading("Sign in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
    }

    private void signOut() {
        var driver = browser.driver();
        driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        wait(driver).until(ExpectedConditions.urlContains("signedOut"));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
