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
import org.parley.consultation.NewConsultation;
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
        var driver = signIn(javascript);
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

    @Test
    void anAdminImportsAPdfAndARevisedPdfWithoutJavaScript() throws Exception {
        importAndRevise("un-report-pdf", "A_HRC_50_55.pdf", UnPdf.report().bytes(), UnPdf.revised().bytes(),
                "3 sections, 8 paragraphs, read as PDF file (.pdf).", 9);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("2(b)(iii)");
    }

    @Test
    void anAdminImportsAnOdtAndARevisedOdtWithJavaScript() throws Exception {
        String first = "<text:h text:outline-level=\"1\">Introduction</text:h><text:p>The Forum met in Kyoto.</text:p>"
                + "<text:p>It discussed <text:span text:style-name=\"T1\">artificial intelligence</text:span>.</text:p>";
        importAndRevise("report-odt", "report.odt", Odt.text(first),
                Odt.text(first + "<text:p>It will meet again in 2027.</text:p>"),
                "1 section, 2 paragraphs, read as OpenDocument text (.odt).", 3);
    }

    /* Signs in, creates, uploads the first file, checks and confirms; then uploads the revision, checks and confirms. */
    private void importAndRevise(String slug, String filename, byte[] first, byte[] revision, String summary,
                                 int paragraphsAfter) throws Exception {
        var driver = signIn(slug.endsWith("odt"));
        consultations.create(new NewConsultation(slug, "A document", null, null, null));

        driver.get(url("/admin/consultations/" + slug + "/import"));
        Path file = files.resolve(filename);
        Files.write(file, first);
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Check the import");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(summary);
        browser.screenshot(slug + "-1-preview");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("A document");
        assertThat(driver.getCurrentUrl()).endsWith("/c/" + slug);

        driver.get(url("/admin/consultations/" + slug + "/reimport"));
        Path revised = files.resolve("revised-" + filename);
        Files.write(revised, revision);
        driver.findElement(By.id("file")).sendKeys(revised.toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Check the revision");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 paragraph added");
        browser.screenshot(slug + "-2-revision");
        driver.findElement(By.cssSelector("main form button[value=confirm]")).click();
        browser.waitForHeading("A document");
        assertThat(consultations.summary(slug).paragraphCount()).isEqualTo(paragraphsAfter);
    }

    private org.openqa.selenium.WebDriver signIn(boolean javascript) {
        browser = new Browser(javascript);
        var driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys("editor@example.org");
        driver.findElement(By.id("password")).sendKeys("a very long admin password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForHeading("Consultations");
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
