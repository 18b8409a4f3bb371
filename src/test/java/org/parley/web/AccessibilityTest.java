package org.parley.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.PageTour;
import org.parley.PageTour.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (4.11.0, from Deque's Selenium binding in the build) on every page of the tour, signed in
 * and out, in the light and the dark colour scheme: not one WCAG 2.2 A/AA violation, counting axe's
 * experimental rules too (label-content-name-mismatch, WCAG 2.5.3 Label in Name, is one of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo.enabled=true")
class AccessibilityTest {

    static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "experimental");

    @LocalServerPort
    int port;

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
    void everyPageOfTheTourHasNoViolationsInLightAndDarkColours() {
        browser = new Browser(true);
        var stops = PageTour.stops(jdbc);
        var problems = new ArrayList<String>();
        int checked = 0;
        Role signedInAs = null;
        for (var stop : stops) {
            if (stop.role() != signedInAs) {
                signIn(stop.role());
                signedInAs = stop.role();
            }
            browser.driver().get(url(stop.path()));
            for (String scheme : List.of("light", "dark")) {
                colourScheme(scheme);
                var results = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver());
                assertThat(results.getTestEngine().getVersion()).isEqualTo("4.11.0");
                assertThat(results.getPasses()).as("axe ran on %s", stop).isNotEmpty();
                describe(results).forEach(violation -> problems.add(stop + " [" + scheme + "] " + violation));
                checked++;
            }
        }
        colourScheme("light");
        browser.driver().executeScript("document.querySelector('main').append(document.createElement('img'))");
        browser.driver().executeScript("""
                var link = document.createElement('a');
                link.href = '/'; link.textContent = 'See in context'; link.setAttribute('aria-label', 'The comment of David');
                document.querySelector('main').append(link)""");
        assertThat(new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver()).getViolations())
                .as("axe finds what is wrong where something is, with its experimental rules")
                .extracting(rule -> rule.getId()).contains("image-alt", "label-content-name-mismatch");
        System.out.println("axe-core: " + stops.size() + " pages, " + checked + " checks (light and dark), "
                + problems.size() + " violations");

        assertThat(problems).isEmpty();
    }

    @Test
    void statesThatScriptsMakeHaveNoViolations() {
        browser = new Browser(true);
        var driver = browser.driver();
        signIn(Role.PARTICIPANT);
        driver.get(url("/c/" + PageTour.MESSAGES));
        var link = driver.findElement(By.cssSelector(".comment-count a[data-hx-get]"));
        String slot = link.getAttribute("aria-controls");
        link.click();
        var heading = new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + slot + " .thread-heading")));
        assertThat(driver.switchTo().activeElement()).as("focus moves to the opened thread").isEqualTo(heading);
        var problems = new ArrayList<String>(check("thread opened in place"));

        driver.findElement(By.cssSelector("#" + slot + " details.propose summary")).click();
        driver.findElement(By.cssSelector("#" + slot + " textarea[name=proposedText]")).sendKeys(" Indeed.");
        driver.findElement(By.cssSelector("#" + slot + " button[name=preview]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + slot + " .proposal-preview")));
        problems.addAll(check("proposal preview in place"));

        assertThat(problems).isEmpty();
    }

    @Test
    void theRespondFormOpenedInPlaceHasNoViolations() {
        browser = new Browser(true);
        var driver = browser.driver();
        signIn(Role.ORGANISER);
        String anchor = jdbc.sql("""
                SELECT p.anchor FROM comment m JOIN paragraph p ON p.id = m.paragraph_id JOIN consultation c ON c.id = p.consultation_id
                WHERE c.slug = ? AND m.status = 'PUBLISHED' ORDER BY m.id LIMIT 1""").param(PageTour.MESSAGES)
                .query(String.class).single();
        driver.get(url("/c/" + PageTour.MESSAGES + "/p/" + anchor));
        driver.findElement(By.cssSelector("a.respond-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comment-response form.response-form select")));

        assertThat(check("respond form in place")).isEmpty();
    }

    private List<String> check(String state) {
        var problems = new ArrayList<String>();
        for (String scheme : List.of("light", "dark")) {
            colourScheme(scheme);
            var results = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver());
            assertThat(results.getPasses()).as("axe ran on %s", state).isNotEmpty();
            describe(results).forEach(violation -> problems.add(state + " [" + scheme + "] " + violation));
        }
        colourScheme("light");
        return problems;
    }

    @Test
    void theCommentMarginBecomesInlineOnAPhoneAndSitsBesideTheTextOnADesktop() throws Exception {
        browser = new Browser(true);
        var driver = browser.driver();
        Files.createDirectories(SCREENSHOTS);
        for (int width : List.of(375, 1280)) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", width < 500));
            driver.get(url("/c/" + PageTour.REPORT));
            var text = driver.findElement(By.cssSelector(".paragraph .paragraph-text")).getRect();
            var margin = driver.findElement(By.cssSelector(".paragraph .paragraph-meta")).getRect();
            if (width < 500) {
                assertThat(margin.getY()).as("count below the text at %d px", width).isGreaterThanOrEqualTo(text.getY() + text.getHeight());
                assertThat(driver.executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                        .isEqualTo(375L);
            } else {
                assertThat(margin.getX()).as("count beside the text at %d px", width).isGreaterThanOrEqualTo(text.getX() + text.getWidth());
            }
            driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.cssSelector(".text-section")));
            Files.copy(browser.screenshot(width < 500 ? "consultation-phone-375" : "consultation-desktop-1280"),
                    SCREENSHOTS.resolve(width < 500 ? "consultation-phone-375.png" : "consultation-desktop-1280.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void colourScheme(String scheme) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static List<String> describe(Results results) {
        var found = new ArrayList<String>();
        for (var rule : results.getViolations()) {
            for (var node : rule.getNodes()) {
                found.add(rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget() + " " + node.getFailureSummary());
            }
        }
        return found;
    }

    private void signIn(Role role) {
        var driver = browser.driver();
        driver.manage().deleteAllCookies();
        if (role.email() == null) {
            return;
        }
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(role.email());
        driver.findElement(By.id("password")).sendKeys(PageTour.DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
