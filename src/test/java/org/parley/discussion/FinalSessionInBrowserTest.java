package org.parley.discussion;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.account.AccountService;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.parley.session.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser marks the session's messages final in Chromium (the box unticked first, then
 * ticked); afterwards the decision page offers no decision and the paragraph's form takes a
 * comment but offers no new wording.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.discussion.minimum-fill-time=0s")
class FinalSessionInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    CommentService comments;

    @Autowired
    SessionService sessions;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFinalSessionsPagesOfferCommentsButNoProposalOrDecision() {
        String slug = "final-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1\n\nThe first message of the first workshop.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long consultationId = consultations.summary(slug).id();
        var people = new Participants(accounts, jdbc);
        var olga = people.confirmed("Olga Organiser", StakeholderGroup.CIVIL_SOCIETY);
        var ian = people.confirmed("Ian Example", StakeholderGroup.ACADEMIA);
        var ws1 = sessions.create(consultationId, "WS1", "Workshop 1");
        sessions.appoint(ws1.id(), olga.email());
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ?").params(ws1.id(), consultationId).update();
        String anchor = jdbc.sql("SELECT anchor FROM paragraph WHERE consultation_id = ? ORDER BY position LIMIT 1")
                .params(consultationId).query(String.class).single();
        long proposal = comments.post(new NewComment(slug, anchor, ian.id(), "Say it plainly.", null, null, null, null,
                UUID.randomUUID(), "The first message, plainly.", ProposalScope.PARAGRAPH)).id();

        browser = new Browser(true);
        var driver = browser.driver();
        signIn(olga.email());
        driver.get(url("/sessions/" + ws1.id()));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        var error = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-error")));
        assertThat(error.getText()).isEqualTo("Nothing was changed: tick the box to confirm that the organisers agree.");
        assertThat(driver.findElement(By.id("confirm")).getAttribute("aria-describedby")).isEqualTo("confirm-error");
        assertThat(sessions.isFinal(ws1.id())).isFalse();
        browser.screenshot("final-1-unconfirmed");
        driver.findElement(By.id("confirm")).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".session-final")));
        assertThat(sessions.isFinal(ws1.id())).isTrue();

        driver.get(url("/proposals/" + proposal));
        assertThat(driver.findElement(By.cssSelector(".final-notice")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("main form"))).as("no accept, edit or reject").isEmpty();
        browser.screenshot("final-2-decision");

        driver.manage().deleteAllCookies();
        signIn(ian.email());
        driver.get(url("/c/" + slug + "/p/" + anchor));
        assertThat(driver.findElement(By.cssSelector(".final-notice")).getText())
                .startsWith("The organisers of this session have marked their messages final");
        assertThat(driver.findElements(By.cssSelector("form.comment-form details.propose, [name=proposedText]"))).isEmpty();
        driver.findElement(By.cssSelector("form.comment-form textarea[name=body]")).sendKeys("Still a good message.");
        browser.screenshot("final-3-comment");
        driver.findElement(By.cssSelector("form.comment-form .form-actions button[type=submit]")).click();
        var mine = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comment.highlighted")));
        assertThat(mine.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo("Still a good message.");
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE author_id = ? AND proposed_text IS NULL")
                .params(ian.id()).query(Long.class).single()).isEqualTo(1L);
    }

    private void signIn(String email) {
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
