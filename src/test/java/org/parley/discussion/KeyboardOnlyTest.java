package org.parley.discussion;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * Without a mouse: Tab, Enter, Space and typing only, a participant comments, replies and proposes
 * new wording, another supports the proposal, and the session's organiser accepts it. Every control
 * reached shows where the focus is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardOnlyTest {

    private static final String PASSWORD = "a long enough password";
    private static final String MESSAGE = "Data flows are increasing exponentially and need common rules.";
    private static final String PROPOSED = "Data flows are increasing steadily and need common rules.";

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

    @Autowired
    CommentService comments;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void commentReplyProposeSupportAndAcceptWithTheKeyboardOnly() {
        var discussions = new Discussions(null, jdbc, accounts, consultations);
        var ana = discussions.participant("Ana Keys");
        var ben = discussions.participant("Ben Keys");
        var olga = discussions.participant("Olga Keys");
        String slug = "keys-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1a\n\n" + MESSAGE + "\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        String anchor = discussions.firstAnchor(slug);
        discussions.organise(slug, olga);
        long bensComment = comments.post(new NewComment(slug, anchor, ben.id(), "Rules, yes, but whose?", null, null, null, null,
                UUID.randomUUID(), null, ProposalScope.PARAGRAPH)).id();
        String thread = "#thread-" + anchor;
        browser = new Browser(true);
        var driver = browser.driver();

        signIn(ana);
        driver.get(url("/c/" + slug + "/p/" + anchor));
        tabTo(By.id("body-" + anchor));
        type("Common rules need common institutions.");
        tabTo(By.xpath("//button[normalize-space()='Publish comment']"));
        press(Keys.ENTER);
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(thread + " .comment.highlighted"),
                "Common rules need common institutions."));
        browser.screenshot("keyboard-1-commented");

        tabTo(By.cssSelector("#c-" + bensComment + " .comment-actions a"));
        press(Keys.ENTER);
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(thread + " .comment-form h3"), "Reply to Ben Keys"));
        tabTo(By.id("body-" + anchor));
        type("Everyone's: that is the point of a consultation.");
        tabTo(By.xpath("//button[normalize-space()='Publish reply']"));
        press(Keys.ENTER);
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(thread + " .comment.highlighted"),
                "Everyone's"));
        assertThat(driver.findElement(By.cssSelector(thread + " .comment.highlighted")).getAttribute("class")).contains("indent-1");
        browser.screenshot("keyboard-2-replied");

        driver.get(url("/c/" + slug + "/p/" + anchor));
        tabTo(By.id("body-" + anchor));
        type("Steadily is what the figures show.");
        tabTo(By.cssSelector(thread + " details.propose summary"));
        press(Keys.ENTER);
        tabTo(By.id("proposed-" + anchor));
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(PROPOSED).perform();
        tabTo(By.xpath("//button[normalize-space()='Publish comment']"));
        press(Keys.ENTER);
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(thread + " .comment.highlighted .proposal")));
        long proposal = jdbc.sql("SELECT id FROM comment WHERE author_id = ? AND proposed_text IS NOT NULL").params(ana.id())
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT proposed_text FROM comment WHERE id = ?").params(proposal).query(String.class).single()).isEqualTo(PROPOSED);
        browser.screenshot("keyboard-3-proposed");
        signOut();

        signIn(ben);
        driver.get(url("/c/" + slug + "/p/" + anchor));
        tabTo(By.cssSelector("#c-" + proposal + " .proposal-actions button"));
        press(Keys.SPACE);
        var supporters = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#c-" + proposal + " .supporters")));
        assertThat(supporters.getText()).isEqualTo("Supported by 1 person: Ben Keys");
        browser.screenshot("keyboard-4-supported");
        signOut();

        signIn(olga);
        driver.get(url("/proposals/" + proposal));
        browser.waitForHeading("Proposal by Ana Keys on paragraph 1");
        tabTo(By.xpath("//button[normalize-space()='Accept this wording']"));
        press(Keys.ENTER);
        browser.waitForHeading("Paragraph 1");
        assertThat(driver.findElement(By.id("text-" + anchor)).getText()).isEqualTo(PROPOSED);
        assertThat(jdbc.sql("SELECT proposal_status FROM comment WHERE id = ?").params(proposal).query(String.class).single())
                .isEqualTo("ACCEPTED");
        browser.screenshot("keyboard-5-accepted");
    }

    /** Presses Tab until the element has the focus, and checks that the focus can be seen on it. */
    private WebElement tabTo(By target) {
        var driver = browser.driver();
        var wanted = wait(driver).until(ExpectedConditions.presenceOfElementLocated(target));
        for (int presses = 0; presses < 200; presses++) {
            if (driver.switchTo().activeElement().equals(wanted)) {
                String focus = (String) driver.executeScript("""
                        const style = getComputedStyle(arguments[0]);
                        return style.outlineStyle + ' ' + style.outlineWidth + ' / ' + style.boxShadow;""", wanted);
                assertThat(focus).as("the focus shows on %s", target)
                        .satisfiesAnyOf(value -> assertThat(value).doesNotStartWith("none").doesNotContain(" 0px /"),
                                value -> assertThat(value).doesNotEndWith("/ none"));
                return wanted;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + target + "; see " + browser.screenshot("keyboard-lost"));
    }

    private void press(Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    private void signIn(SignedInAccount who) {
        browser.driver().get(url("/login"));
        browser.waitForHeading("Sign in");
        tabTo(By.id("email"));
        type(who.getUsername());
        tabTo(By.id("password"));
        type(PASSWORD);
        press(Keys.ENTER);
        browser.waitForHeading("Consultations");
    }

    private void signOut() {
        tabTo(By.xpath("//button[normalize-space()='Sign out']"));
        press(Keys.ENTER);
        wait(browser.driver()).until(ExpectedConditions.urlContains("signedOut"));
    }

    private static WebDriverWait wait(org.openqa.selenium.WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
