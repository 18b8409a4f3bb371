package org.parley.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
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
 * A proposal's whole way, in Chromium, with and without JavaScript: a participant proposes new
 * wording with a preview, another supports it and proposes something else, the session's organiser
 * accepts the first with edits and rejects the second with a reason, and a visitor compares the
 * paragraph's versions in its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserInBrowserTest {

    private static final String PASSWORD = "a long enough password";
    private static final String MESSAGE = ProposalFlowTest.MESSAGE;
    private static final String PROPOSED = MESSAGE.replace("increasing exponentially", "increasing steadily");
    private static final String EDITED = MESSAGE.replace("increasing exponentially", "growing steadily");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    Browser browser;
    SignedInAccount ana;
    SignedInAccount ben;
    SignedInAccount olga;
    String slug;
    String anchor;

    @BeforeEach
    void openConsultationWithAnOrganisedSession() {
        var discussions = new Discussions(null, jdbc, accounts, consultations);
        ana = discussions.participant("Ana Proposer");
        ben = discussions.participant("Ben Supporter");
        olga = discussions.participant("Olga Organiser");
        slug = "org-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1a\n\n" + MESSAGE + "\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        anchor = discussions.firstAnchor(slug);
        long consultationId = consultations.summary(slug).id();
        long session = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, 'WS1a', 'Workshop 1a') RETURNING id")
                .params(consultationId).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(session, olga.id()).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ?").params(session, consultationId).update();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void withJavaScript() {
        proposeSupportDecideAndCompare(true, "organiser-js");
    }

    @Test
    void withoutJavaScript() {
        proposeSupportDecideAndCompare(false, "organiser-nojs");
    }

    private void proposeSupportDecideAndCompare(boolean javascript, String shots) {
        browser = new Browser(javascript);
        var driver = browser.driver();

        // 2. Ana proposes new wording, previews it, says why and publishes.
        signIn(ana);
        openParagraph();
        driver.findElement(By.cssSelector(thread() + " details.propose summary")).click();
        var proposed = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("proposed-" + anchor)));
        assertThat(proposed.getAttribute("value")).as("the form starts from the paragraph's wording").isEqualTo(MESSAGE);
        proposed.clear();
        proposed.sendKeys(PROPOSED);
        driver.findElement(By.xpath("//button[normalize-space()='Preview the changes']")).click();
        var preview = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(thread() + " .proposal-preview")));
        assertThat(preview.getText()).contains("Your proposal changes the text like this:", "1 word inserted, 1 deleted");
        assertThat(preview.findElement(By.cssSelector(".diff del")).getText()).contains("exponentially");
        assertThat(preview.findElement(By.cssSelector(".diff ins")).getText()).contains("steadily");
        assertThat(driver.findElement(By.id("proposed-" + anchor)).getAttribute("value")).isEqualTo(PROPOSED);
        assertThat(proposalCount()).as("a preview posts nothing").isZero();
        browser.screenshot(shots + "-1-preview");
        driver.findElement(By.id("body-" + anchor)).sendKeys("Steadily is what the figures show.");

        driver.findElement(By.xpath("//button[normalize-space()='Publish comment']")).click();
        var published = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(thread() + " .comment.highlighted .proposal")));
        long first = lastComment(ana);
        var proposal = driver.findElement(By.id("c-" + first));
        assertThat(proposal.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo("Steadily is what the figures show.");
        assertThat(published.findElement(By.cssSelector(".proposal-status .badge")).getText()).isEqualTo("Open proposal");
        assertThat(published.findElement(By.cssSelector(".diff del")).getText()).contains("exponentially");
        assertThat(published.findElement(By.cssSelector(".diff ins")).getText()).contains("steadily");
        assertThat(published.findElements(By.xpath(".//button[normalize-space()='Support this proposal']")))
                .as("nobody supports their own proposal").isEmpty();
        browser.screenshot(shots + "-2-proposed");
        signOut();

        // 3. Ben supports it, and proposes something else.
        signIn(ben);
        openParagraph();
        driver.findElement(By.id("c-" + first)).findElement(By.xpath(".//button[normalize-space()='Support this proposal']")).click();
        var supporters = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#c-" + first + " .supporters")));
        assertThat(supporters.getText()).isEqualTo("Supported by 1 person: Ben Supporter");
        assertThat(driver.findElement(By.cssSelector("#c-" + first + " .proposal-actions button")).getText())
                .isEqualTo("Take back my support");
        browser.screenshot(shots + "-3-supported");

        driver.findElement(By.cssSelector(thread() + " details.propose summary")).click();
        var other = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("proposed-" + anchor)));
        other.clear();
        other.sendKeys("Something else entirely.");
        driver.findElement(By.id("body-" + anchor)).sendKeys("Start again.");
        driver.findElement(By.xpath("//button[normalize-space()='Publish comment']")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(thread() + " .comment.highlighted .comment-body"), "Start again."));
        long second = lastComment(ben);
        assertThat(second).isGreaterThan(first);
        signOut();

        // 4. Olga finds both in her queue and accepts the first with edits.
        signIn(olga);
        driver.findElement(By.linkText("Proposals to decide")).click();
        browser.waitForHeading("Proposals waiting for your decision");
        var queued = queued(first);
        assertThat(queued.getText()).contains("Workshop messages", "session WS1a", "by Ana Proposer", "supported by 1 person");
        assertThat(queued.findElement(By.cssSelector(".diff ins")).getText()).contains("steadily");
        queued(second);
        browser.screenshot(shots + "-4-queue");
        queued.findElement(By.linkText("Decide on this proposal")).click();
        browser.waitForHeading("Proposal by Ana Proposer on paragraph 1");
        assertThat(driver.findElement(By.cssSelector(".proposed-text")).getText()).isEqualTo(PROPOSED);
        var edited = driver.findElement(By.id("edited-text"));
        assertThat(edited.getAttribute("value")).isEqualTo(PROPOSED);
        edited.clear();
        edited.sendKeys(EDITED);
        driver.findElement(By.id("edited-note")).sendKeys("Agreed at the session, in our words.");
        browser.screenshot(shots + "-5-decide");
        driver.findElement(By.xpath("//button[normalize-space()='Accept with these edits']")).click();
        browser.waitForHeading("Paragraph 1");
        var change = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(thread() + " .change-note")));
        assertThat(driver.findElement(By.id("text-" + anchor)).getText()).isEqualTo(EDITED);
        assertThat(driver.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("The proposal is accepted with your edits: the paragraph is now at version 2.");
        assertThat(change.findElement(By.cssSelector(".change-intro strong")).getText())
                .isEqualTo("The session organisers accepted a proposal and changed this message as follows:");
        assertThat(change.findElement(By.cssSelector(".diff del")).getText()).contains("increasing exponentially");
        assertThat(change.findElement(By.cssSelector(".diff ins")).getText()).contains("growing steadily");
        assertThat(change.findElement(By.cssSelector(".change-reason")).getText()).isEqualTo("Agreed at the session, in our words.");
        var accepted = driver.findElement(By.id("c-" + first));
        assertThat(accepted.findElement(By.cssSelector(".proposal-status .badge")).getText()).isEqualTo("Accepted with edits");
        assertThat(accepted.findElement(By.cssSelector(".proposal-decision")).getText()).startsWith("Decided by Olga Organiser");
        assertThat(driver.findElement(By.linkText("History (2 versions)")).isDisplayed()).isTrue();
        browser.screenshot(shots + "-6-accepted");

        // 5. ... and rejects the second with a reason.
        driver.findElement(By.linkText("Proposals to decide")).click();
        browser.waitForHeading("Proposals waiting for your decision");
        assertThat(driver.findElements(By.cssSelector(".open-proposal a[href='/proposals/" + first + "']"))).as("decided").isEmpty();
        queued(second).findElement(By.linkText("Decide on this proposal")).click();
        browser.waitForHeading("Proposal by Ben Supporter on paragraph 1");
        assertThat(driver.findElement(By.cssSelector(".stale")).getText()).contains("cannot be applied");
        driver.findElement(By.id("reason")).sendKeys("The workshop did not discuss this.");
        driver.findElement(By.xpath("//button[normalize-space()='Reject the proposal']")).click();
        browser.waitForHeading("Paragraph 1");
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The proposal is rejected; its author will be told why.");
        var reason = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#c-" + second + " .proposal-reason")));
        assertThat(reason.getText()).isEqualTo("The organisers' reason: The workshop did not discuss this.");
        assertThat(driver.findElement(By.cssSelector("#c-" + second + " .proposal-status .badge")).getText()).isEqualTo("Rejected");
        assertThat(driver.findElement(By.id("text-" + anchor)).getText()).as("a rejection changes nothing").isEqualTo(EDITED);
        browser.screenshot(shots + "-7-rejected");
        signOut();

        // 6. A visitor compares the two versions in the paragraph's history.
        openParagraph();
        driver.findElement(By.linkText("History (2 versions)")).click();
        browser.waitForHeading("History of paragraph 1");
        assertThat(driver.findElement(By.cssSelector("#v2 .version-source")).getText()).isEqualTo("accepted proposal");
        assertThat(driver.findElement(By.cssSelector("#v2 .version-author")).getText()).isEqualTo("by Olga Organiser");
        new Select(driver.findElement(By.id("compare-from"))).selectByValue("1");
        new Select(driver.findElement(By.id("compare-to"))).selectByValue("2");
        driver.findElement(By.xpath("//button[normalize-space()='Compare']")).click();
        var comparison = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));
        assertThat(comparison.findElement(By.tagName("h3")).getText()).isEqualTo("Version 1 compared with version 2");
        assertThat(comparison.findElement(By.cssSelector(".diff del")).getText()).contains("increasing exponentially");
        assertThat(comparison.findElement(By.cssSelector(".diff ins")).getText()).contains("growing steadily");
        browser.screenshot(shots + "-8-history");
    }

    private void signIn(SignedInAccount who) {
        var driver = browser.driver();
        driver.get(url("/login"));
        browser.waitForHeading("Sign in");
        driver.findElement(By.id("email")).sendKeys(who.getUsername());
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
        assertThat(driver.findElement(By.cssSelector("header")).getText()).contains(who.displayName());
    }

    private void signOut() {
        var driver = browser.driver();
        driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        // Wait for the page signing out leads to, not for the old button to vanish: under load the
        // old page can be half torn down while the wait looks at it.
        wait(driver).until(ExpectedConditions.urlContains("signedOut"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    private void openParagraph() {
        browser.driver().get(url("/c/" + slug + "/p/" + anchor));
        browser.waitForHeading("Paragraph 1");
        assertThat(browser.driver().findElement(By.id("text-" + anchor)).isDisplayed()).isTrue();
    }

    private WebElement queued(long proposal) {
        return browser.driver().findElements(By.cssSelector(".open-proposal")).stream()
                .filter(item -> !item.findElements(By.cssSelector("a[href='/proposals/" + proposal + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("proposal " + proposal + " is not in the queue"));
    }

    private String thread() {
        return "#thread-" + anchor;
    }

    private long lastComment(SignedInAccount author) {
        return jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(author.id()).query(Long.class).single();
    }

    private long proposalCount() {
        return jdbc.sql("""
                        SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?""")
                .params(slug).query(Long.class).single();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
