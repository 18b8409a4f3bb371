package org.parley.discussion;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.PageTour;
import org.parley.account.AccountService;
import org.parley.account.StakeholderGroup;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.ReadingService;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.parley.proposal.ProposalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser meets a proposal written on an older version whose words a later version changed
 * too: the thread says so, the decision page offers no "accept as it is", and the organiser
 * resolves the marked conflict in the edit box and accepts the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo.enabled=true")
class StaleProposalInBrowserTest {

    static final String MESSAGE = "CSA is increasing and has serious consequences. Participants are concerned about the safety of users.";

    @LocalServerPort
    int port;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ReadingService reading;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalService proposals;

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
    void theOrganiserResolvesTheConflictInTheEditBoxAndAcceptsTheResolvedText() {
        String slug = "stale-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Messages", null, now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop\n\n" + MESSAGE + "\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        var paragraph = reading.paragraph(slug, jdbc.sql(
                "SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?")
                .params(slug).query(String.class).single(), false);
        var author = new Participants(accounts, jdbc).confirmed("Paula Proposer", StakeholderGroup.CIVIL_SOCIETY);
        long proposal = comments.post(new NewComment(slug, paragraph.anchor(), author.id(), "Calmer, please.", null, null, null,
                null, UUID.randomUUID(), MESSAGE.replace("are concerned", "are worried"), ProposalScope.PARAGRAPH)).id();
        long admin = jdbc.sql("SELECT id FROM account WHERE email = ?").params(PageTour.Role.ADMIN.email()).query(Long.class).single();
        proposals.edit(paragraph.id(), new Viewer(admin, true), 1, MESSAGE.replace("are concerned", "are alarmed"), "Stronger.");

        browser = new Browser(true);
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(PageTour.Role.ADMIN.email());
        driver.findElement(By.id("password")).sendKeys(PageTour.DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
        driver.get(url("/c/" + slug + "/p/" + paragraph.anchor()));
        var box = driver.findElement(By.id("c-" + proposal));
        assertThat(box.findElement(By.cssSelector(".older-version")).getText()).contains("written on version 1");
        assertThat(box.findElement(By.cssSelector(".rebased-conflict")).getText()).contains("Later versions changed the same words");

        box.findElement(By.cssSelector("a[href='/proposals/" + proposal + "']")).click();
        browser.waitForHeading("Proposal by Paula Proposer on paragraph 1");
        assertThat(driver.findElements(By.cssSelector("form[action$='/accept']"))).as("no accepting as it is").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".conflict-now")).getText()).contains("alarmed");
        assertThat(driver.findElement(By.cssSelector(".conflict-proposed")).getText()).contains("worried");
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(driver);
        assertThat(results.getPasses()).as("axe ran").isNotEmpty();
        assertThat(results.getViolations()).as("accessibility violations").isEmpty();
        var text = driver.findElement(By.id("edited-text"));
        assertThat(text.getDomProperty("value")).contains("are ⟦now: alarmed ‖ proposed: worried⟧ about");
        browser.screenshot("stale-proposal-conflict");

        text.clear();
        text.sendKeys(MESSAGE.replace("are concerned", "are worried and alarmed"));
        driver.findElement(By.cssSelector("form[action$='/accept-with-edits'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/c/" + slug + "/p/"));

        assertThat(reading.paragraph(paragraph.id()).version()).isEqualTo(3);
        assertThat(reading.paragraph(paragraph.id()).text()).isEqualTo(MESSAGE.replace("are concerned", "are worried and alarmed"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
