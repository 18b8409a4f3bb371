package org.parley.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Browser;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching in Chromium, from the header and from a consultation's page: without JavaScript the
 * form is sent and a page of results comes back; with it the results follow the typing, and the
 * address follows the results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void searchesFromTheHeaderAndWithinAConsultationWithoutJavaScript() {
        String slug = consultation();
        browser = new Browser(false);
        var driver = browser.driver();

        driver.get(url("/"));
        driver.findElement(By.id("site-search-q")).sendKeys("lighthouse");
        driver.findElement(By.cssSelector(".site-search button")).click();
        browser.waitForHeading("Search");
        assertThat(driver.getCurrentUrl()).endsWith("/search?q=lighthouse");
        assertThat(driver.findElements(By.cssSelector(".search-result-consultation"))).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(consultation -> assertThat(consultation.getText()).isEqualTo("Harbours"));
        assertThat(driver.findElements(By.cssSelector(".search-snippet mark"))).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("lighthouse"));

        driver.get(url("/c/" + slug));
        driver.findElement(By.id("consultation-search-q")).sendKeys("\"harbour lights\"");
        driver.findElement(By.cssSelector(".consultation-search button")).click();
        browser.waitForHeading("Search in “Harbours”");
        assertThat(driver.findElements(By.cssSelector(".search-result"))).hasSize(2); // the heading and the paragraph
        new Select(driver.findElement(By.id("search-kind"))).selectByValue("PROPOSAL");
        driver.findElement(By.cssSelector(".search-form button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.urlContains("kind=PROPOSAL"));
        assertThat(driver.findElements(By.cssSelector(".search-result"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".search-summary")).getText()).startsWith("No results");
    }

    @Test
    void resultsFollowTheTypingWithJavaScript() {
        String slug = consultation();
        browser = new Browser(true);
        var driver = browser.driver();

        driver.get(url("/c/" + slug));
        driver.findElement(By.id("consultation-search-q")).sendKeys("lighthouse");
        driver.findElement(By.cssSelector(".consultation-search button")).click();
        browser.waitForHeading("Search in “Harbours”");
        var results = driver.findElement(By.id("search-results"));
        assertThat(results.getText()).contains("2 results");

        var box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("keeper");
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-summary"), "1 result"));
        wait(driver).until(ExpectedConditions.urlContains("q=keeper"));
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcer"), "1 result"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search in “Harbours”");
        assertThat(driver.findElements(By.cssSelector(".search-form"))).hasSize(1);

        new Select(driver.findElement(By.id("search-kind"))).selectByValue("PROPOSAL");
        wait(driver).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".search-result"), 0));
        wait(driver).until(ExpectedConditions.urlContains("kind=PROPOSAL"));
        new Select(driver.findElement(By.id("search-kind"))).selectByValue("");
        wait(driver).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".search-result"), 1));
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("SEVERE"));

        driver.findElement(By.cssSelector(".search-result a.see-in-context")).click();
        wait(driver).until(ExpectedConditions.urlContains("/c/" + slug + "#"));
    }

    private String consultation() {
        String slug = "harbours-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Harbours", null, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(1, ChronoUnit.DAYS)));
        imports.importText(slug, """
                ## Harbour lights

                Every lighthouse keeps the harbour lights burning.

                The lighthouse keeper writes a log.
                """, ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        return slug;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
