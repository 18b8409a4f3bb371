package org.parley.discussion;

import org.parley.TestSmtp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.account.AccountService;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's way into the discussion, in Chromium: register, confirm by mail, select words of a
 * paragraph and comment on them, reply to someone, and come back through See in context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mail.host=localhost")
class DiscussionInBrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER);

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://[^/\\s]+(/account/confirm\\S+)");

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
    JdbcClient jdbc;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewcomerCommentsOnAPassageRepliesAndFindsTheCommentAgain() {
        String slug = "browser-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "The role of the UN", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, DiscussionFlowTest.TEXT, ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        String second = jdbc.sql("SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? ORDER BY p.position")
                .params(slug).query(String.class).list().get(1);
        var david = new Participants(accounts, jdbc).confirmed("David Example", StakeholderGroup.PRIVATE_SECTOR);
        long davidsComment = comments.post(new NewComment(slug, second, david.id(), "Cybersecurity people are technical too.",
                null, null, null, null, UUID.randomUUID(), null, ProposalScope.PARAGRAPH)).id();

        browser = new Browser(true);
        var driver = browser.driver();
        String email = "newcomer-" + UUID.randomUUID() + "@example.org";
        driver.get(url("/register"));
        driver.findElement(By.id("displayName")).sendKeys("Noëlle Newcomer");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("correct horse battery");
        driver.findElement(By.id("affiliation")).sendKeys("Civil Society Network");
        new Select(driver.findElement(By.id("stakeholderGroup"))).selectByValue("CIVIL_SOCIETY");
        new Select(driver.findElement(By.id("country"))).selectByValue("KE");
        browser.screenshot("discussion-1-register");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Check your mail");

        var mail = wait(driver).until(ignored -> greenMail.getReceivedMessagesForDomain(email).length > 0
                ? GreenMailUtil.getBody(greenMail.getReceivedMessagesForDomain(email)[0]) : null);
        var link = CONFIRMATION_LINK.matcher(mail.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a confirmation link in: " + mail).isTrue();
        driver.get(url(link.group(1)));
        browser.waitForHeading("Your email is confirmed");

        driver.get(url("/login")); // registering never signs in: that would tell whether the address was new
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("correct horse battery");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");

        driver.get(url("/c/" + slug));
        selectWords(driver.findElement(By.id("text-" + second)), "UNICEF, UNESCO");
        var quoteButton = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".quote-button")));
        browser.screenshot("discussion-2-selected");
        quoteButton.click();
        var quoteField = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#thread-" + second + " input[name=quote]")));
        assertThat(quoteField.getAttribute("value")).isEqualTo("UNICEF, UNESCO");
        var body = driver.findElement(By.cssSelector("#thread-" + second + " textarea[name=body]"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(body);
        body.sendKeys("Which of these agencies leads on digital identity?");
        assertThat(driver.findElement(By.cssSelector("#thread-" + second + " .counter")).getText())
                .isEqualTo("50 of 5000 characters");
        body.submit();
        var mine = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread-" + second + " .comment.highlighted")));
        assertThat(mine.findElement(By.cssSelector(".quote")).getText()).contains("UNICEF, UNESCO");
        assertThat(mine.findElement(By.cssSelector(".comment-author")).getText()).isEqualTo("Noëlle Newcomer");
        browser.screenshot("discussion-3-commented");

        driver.findElement(By.cssSelector("#c-" + davidsComment + " .comment-actions a")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector("#thread-" + second + " .comment-form h3"), "Reply to David Example"));
        var reply = driver.findElement(By.cssSelector("#thread-" + second + " textarea[name=body]"));
        reply.sendKeys("Like David, I think they are technical — « techniques », تقنية.");
        reply.submit();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#thread-" + second + " .comment.highlighted"), "Like David"));
        assertThat(driver.findElement(By.cssSelector("#thread-" + second + " .comment.highlighted")).getAttribute("class")).contains("indent-1");

        driver.get(url("/c/" + slug));
        WebElement recent = driver.findElement(By.cssSelector(".recent-comments li"));
        assertThat(recent.getText()).contains("Noëlle Newcomer", "Like David");
        recent.findElement(By.linkText("See in context")).click();
        wait(driver).until(ExpectedConditions.urlContains("open=" + second));
        var current = URI.create(driver.getCurrentUrl());
        assertThat(current.getFragment()).startsWith("c-");
        var target = driver.findElement(By.id(current.getFragment()));
        assertThat(target.getAttribute("class")).contains("highlighted");
        assertThat(target.getText()).contains("Like David, I think they are technical — « techniques », تقنية.");
        browser.screenshot("discussion-4-see-in-context");
    }

    private static void selectWords(WebElement paragraphText, String words) {
        ((org.openqa.selenium.JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) paragraphText).getWrappedDriver()).executeScript("""
                const [element, words] = arguments;
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.textContent.indexOf(words);
                    if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + words.length);
                        const selection = window.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        return;
                    }
                }
                throw new Error('words not found');
                """, paragraphText, words);
    }

    private static WebDriverWait wait(org.openqa.selenium.WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
