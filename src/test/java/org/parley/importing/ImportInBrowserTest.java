package org.parley.importing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.Browser;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's first steps, in a real browser: sign in, create, upload, check, confirm, read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.admin.email=editor@example.org",
        "parley.admin.password=a very long admin password"})
class ImportInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsultationService consultations;

    @TempDir
    Path files;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminImportsTheReportWithJavaScript() throws Exception {
        importTheReport(true, "report-js");
    }

    @Test
    void anAdminImportsTheReportWithoutJavaScript() throws Exception {
        importTheReport(false, "report-nojs");
    }

    private void importTheReport(boolean javascript, String slug) throws Exception {
        browser = new Browser(javascript);
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys("editor@example.org");
        driver.findElement(By.id("password")).sendKeys("a very long admin password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
        assertThat(driver.findElement(By.cssSelector(".signed-in-as")).getText()).isEqualTo("Signed in as Administrator");

        driver.get(url("/admin/consultations/new"));
        driver.findElement(By.id("title")).sendKeys("The Age of Digital Interdependence");
        driver.findElement(By.id("slug")).sendKeys(slug);
        driver.findElement(By.id("summary")).sendKeys("Section 4.3 of the report.");
        browser.screenshot(slug + "-1-create");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Import the text");

        Path report = files.resolve("age-of-digital-interdependence.md");
        Files.writeString(report, Outlines.demo("age-of-digital-interdependence.md"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/consultations/" + slug + "/import");
        driver.findElement(By.id("file")).sendKeys(report.toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        browser.waitForHeading("Check the import");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("2 sections, 16 paragraphs, read as Markdown.");
        browser.screenshot(slug + "-2-preview");
        assertThat(consultations.summary(slug).paragraphCount()).isZero();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();

        browser.waitForHeading("The Age of Digital Interdependence");
        assertThat(driver.getCurrentUrl()).endsWith("/c/" + slug);
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The text is imported: 2 sections, 16 paragraphs.");
        var paragraphs = driver.findElements(By.cssSelector(".paragraph"));
        assertThat(paragraphs).hasSize(16);
        assertThat(driver.findElements(By.cssSelector("ul.paragraph-list > li"))).hasSize(7);
        browser.screenshot(slug + "-3-imported");

        WebElement third = paragraphs.get(2);
        third.findElement(By.cssSelector(".paragraph-number")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#" + third.getAttribute("id"));
        assertThat(third.getCssValue("background-color")).isNotEqualTo(paragraphs.get(1).getCssValue("background-color"));
        assertThat(consultations.summary(slug).paragraphCount()).isEqualTo(16);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
