package org.parley.notification;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.Discussions;
import org.parley.TestSmtp;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's "done when", in Chromium without JavaScript: David replies to Torsten's comment;
 * Torsten sees the count in the header, opens the notification and lands on the reply, chooses how
 * he is mailed; the daily digest holds the reply; its unsubscribe link works signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=localhost")
@AutoConfigureMockMvc
class NotificationsInBrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER);

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    NotificationMails mails;

    @Autowired
    MailPreferences preferences;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void davidRepliesTorstenIsToldReadsItInContextGetsTheDigestAndUnsubscribesSignedOut() throws Exception {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var torsten = discussions.participant("Torsten Browser");
        var david = discussions.participant("David Browser");
        browser = new Browser(false);
        var driver = browser.driver();

        signIn(driver, torsten);
        driver.get(url("/c/" + slug + "/p/" + anchor));
        assertThat(driver.findElement(By.cssSelector("form.comment-form input[name=follow]")).isSelected())
                .as("following what one comments on is proposed").isTrue();
        driver.findElement(By.cssSelector("form.comment-form textarea[name=body]")).sendKeys("Convening is not deciding.");
        driver.findElement(By.cssSelector("form.comment-form .form-actions button")).click();
        long torstensComment = waitFor(() -> jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(torsten.id())
                .query(Long.class).optional().orElse(null));
        signOut(driver);

        signIn(driver, david);
        driver.get(url("/c/" + slug + "/p/" + anchor + "?replyTo=" + torstensComment));
        driver.findElement(By.cssSelector("form.comment-form textarea[name=body]")).sendKeys("Convening decides the agenda.");
        driver.findElement(By.cssSelector("form.comment-form .form-actions button")).click();
        long reply = waitFor(() -> jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(david.id())
                .query(Long.class).optional().orElse(null));
        signOut(driver);

        signIn(driver, torsten);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> {
            driver.get(url("/"));
            return !driver.findElements(By.cssSelector(".site-header .unread-count")).isEmpty();
        });
        assertThat(driver.findElement(By.cssSelector(".site-header .unread-count")).getText()).isEqualTo("1 unread");
        browser.screenshot("notifications-1-count");
        driver.findElement(By.cssSelector(".site-header a.notifications-link")).click();
        browser.waitForHeading("Notifications");
        var item = driver.findElement(By.cssSelector("li.notification.unread"));
        assertThat(item.getText()).contains("David Browser replied to your comment", "Convening decides the agenda.");
        browser.screenshot("notifications-2-list");
        item.findElement(By.cssSelector(".notification-actions form:first-child button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> driver.getCurrentUrl().contains("#c-" + reply));
        assertThat(driver.findElement(By.id("c-" + reply)).getText()).contains("Convening decides the agenda.");
        assertThat(driver.findElements(By.cssSelector(".site-header .unread-count"))).as("read now").isEmpty();

        driver.get(url("/notifications/preferences"));
        new Select(driver.findElement(By.id("pref-PROPOSAL"))).selectByValue("WEEKLY");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> driver.getPageSource().contains("Your mail choices are saved."));
        assertThat(new Select(driver.findElement(By.id("pref-PROPOSAL"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("WEEKLY");
        signOut(driver);

        greenMail.reset();
        mails.sendDigests(Frequency.DAILY);
        var digest = new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> to(mail).equals(torsten.getUsername())).findFirst().orElse(null));
        assertThat(GreenMailUtil.getBody(digest).replace("=\r\n", "")).contains("Convening decides the agenda.");
        String unsubscribe = digest.getHeader("List-Unsubscribe")[0];
        driver.get(url(unsubscribe.substring(unsubscribe.indexOf("/notifications/"), unsubscribe.length() - 1)));
        browser.waitForHeading("Unsubscribe");
        driver.findElement(By.cssSelector("main form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> !driver.findElements(By.cssSelector(".unsubscribed")).isEmpty());
        browser.screenshot("notifications-3-unsubscribed");
        assertThat(preferences.of(torsten.id()).get(NotificationKind.REPLY)).isEqualTo(Frequency.NEVER);
        assertThat(preferences.of(torsten.id()).get(NotificationKind.PROPOSAL)).isEqualTo(Frequency.WEEKLY);
    }

    private void signIn(WebDriver driver, SignedInAccount who) {
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(who.getUsername());
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
    }

    private void signOut(WebDriver driver) {
        driver.findElement(By.cssSelector(".site-header form.inline-form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> driver.getCurrentUrl().contains("signedOut"));
    }

    private static <T> T waitFor(java.util.function.Supplier<T> value) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(value::get, result -> result != null);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String to(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
