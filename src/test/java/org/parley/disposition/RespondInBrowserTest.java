package org.parley.disposition;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import org.parley.session.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser responds to a comment in Chromium: with JavaScript the form opens under the comment
 * and the response takes its place without leaving the page; without, the Respond link opens the
 * respond page and saving leads back to the comment in its thread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RespondInBrowserTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

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
    void inPlaceWithJavaScript() {
        var fixture = fixture();
        browser = new Browser(true);
        var driver = browser.driver();
        signIn(fixture.organiser());
        driver.get(url("/c/" + fixture.slug() + "/p/" + fixture.anchor()));
        String thread = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("#c-" + fixture.comment() + " a.respond-link")).click();
        var status = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("response-" + fixture.comment() + "-status")));
        new Select(status).selectByValue("OUT_OF_SCOPE");
        driver.findElement(By.id("response-" + fixture.comment() + "-note")).sendKeys("For the next workshop.");
        driver.findElement(By.cssSelector("#response-" + fixture.comment() + " button[type=submit]")).click();

        var response = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#response-" + fixture.comment() + " .response-status")));
        assertThat(response.getText()).isEqualTo("Out of scope");
        assertThat(driver.findElement(By.cssSelector("#response-" + fixture.comment() + " .response-note")).getText())
                .isEqualTo("For the next workshop.");
        assertThat(driver.getCurrentUrl()).as("never left the thread").isEqualTo(thread);
        assertThat(current(fixture.comment())).isEqualTo("OUT_OF_SCOPE");
        assertThat(driver.findElements(By.cssSelector("#c-" + fixture.comment() + " a.respond-link")))
                .as("one link, which now offers to change the response").singleElement()
                .extracting(WebElement::getText).isEqualTo("Change the response");
    }

    @Test
    void aPageOfItsOwnWithoutJavaScript() {
        var fixture = fixture();
        browser = new Browser(false);
        var driver = browser.driver();
        signIn(fixture.organiser());
        driver.get(url("/c/" + fixture.slug() + "/p/" + fixture.anchor()));
        driver.findElement(By.cssSelector("#c-" + fixture.comment() + " a.respond-link")).click();
        browser.waitForHeading("Respond to a comment");
        new Select(driver.findElement(By.id("response-" + fixture.comment() + "-status"))).selectByValue("ADDRESSED");
        driver.findElement(By.cssSelector("main form.response-form button[type=submit]")).click();
        assertThat(driver.findElement(By.cssSelector("main .form-errors")).getText())
                .contains("“Addressed” needs the version of the text it led to.");
        assertThat(current(fixture.comment())).isNull();

        new Select(driver.findElement(By.id("response-" + fixture.comment() + "-version"))).selectByValue("1");
        driver.findElement(By.cssSelector("main form.response-form button[type=submit]")).click();
        var response = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#c-" + fixture.comment() + " .response-status")));
        assertThat(response.getText()).isEqualTo("Addressed in version 1");
        assertThat(driver.getCurrentUrl()).contains("/c/" + fixture.slug() + "/p/" + fixture.anchor(), "#c-" + fixture.comment());
        assertThat(current(fixture.comment())).isEqualTo("ADDRESSED");
    }

    record Fixture(String slug, String anchor, String organiser, long comment) {
    }

    private Fixture fixture() {
        String slug = "respond-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1\n\nThe first message of the first workshop.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long consultationId = consultations.summary(slug).id();
        String organiser = account("Olga Organiser");
        long ian = jdbc.sql("SELECT id FROM account WHERE email = ?").params(account("Ian Example")).query(Long.class).single();
        var ws1 = sessions.create(consultationId, "WS1", "Workshop 1");
        sessions.appoint(ws1.id(), organiser);
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ?").params(ws1.id(), consultationId).update();
        String anchor = jdbc.sql("SELECT anchor FROM paragraph WHERE consultation_id = ? ORDER BY position LIMIT 1")
                .params(consultationId).query(String.class).single();
        long comment = jdbc.sql("""
                        INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html)
                        SELECT p.id, v.id, ?, 'Please say who is concerned.', '<p>Please say who is concerned.</p>'
                        FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE p.consultation_id = ? AND p.anchor = ? RETURNING id""")
                .params(ian, consultationId, anchor).query(Long.class).single();
        return new Fixture(slug, anchor, organiser, comment);
    }

    private String account(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, PASSWORD, name, Role.PARTICIPANT, null, StakeholderGroup.ACADEMIA, "FR"));
        return email;
    }

    private String current(long commentId) {
        return jdbc.sql("SELECT status FROM comment_response WHERE comment_id = ? AND replaced_at IS NULL")
                .params(commentId).query(String.class).optional().orElse(null);
    }

    private void signIn(String email) {
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
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
