package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #12, done-when: an ED nurse with no relationship uses break-glass with a reason and sees
 * the child, and the social worker's inbox has the notification; a teacher in the child's network
 * sees "a restricted entry from GP-NORTH" but not its text, in the page, the PDF and the CSV; the
 * data protection officer's audit of the child shows both looks, the break-glass one marked. Every
 * page is checked against the WCAG 2.2 A and AA rules axe-core can test.
 */
@HubIntegrationTest
class InformationGovernanceJourneyIT {

    static final String GP_TEXT = "Prescribed emergency contraception; disclosed an older boyfriend";
    static final String REASON = "Brought in unconscious at 03:10; checking for known risks before discharge";

    @LocalServerPort
    int port;

    @Test
    void breakGlassIsToldAndRestrictedEntriesStayRestrictedEverywhereAndTheOfficerSeesBothLooks() throws Exception {
        String family = familyName();
        String child = childKnownToTheGpAndTheSchool(family);
        Network.of(port, child).allocate("sw.north").add("teacher.north", "Class teacher");
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            edNurseUsesBreakGlass(browser, family, child);
            socialWorkerIsTold(browser);
            teacherSeesOnlyThatARestrictedEntryExists(browser, child);

            browser.signIn(port, "dpo", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Audit"));
            driver.findElement(By.id("child")).sendKeys(child);
            browser.go(By.xpath("//button[normalize-space()=\"Show the child's audit\"]"));
            List<WebElement> rows = driver.findElements(By.cssSelector("table.hub-audit-entries tbody tr"));
            List<WebElement> nurse = rows.stream().filter(r -> r.getText().contains("ednurse.south")
                    && !r.findElements(By.cssSelector(".govuk-tag--red")).isEmpty()).toList();
            assertThat(nurse).as("the reason given, then the look at the record, each marked break-glass")
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(r -> r.findElement(By.cssSelector(".govuk-tag--red")).getText().equals("Break-glass"))
                    .anyMatch(r -> r.getText().contains(REASON) && r.getText().contains("ED-SOUTH"))
                    .anyMatch(r -> r.getText().contains("VIEW_CHILD"));
            assertThat(rows).as("the teacher's look").anyMatch(r -> r.getText().contains("teacher.north")
                    && r.getText().contains("Viewed the child's record"));
            assertThat(browser.accessibilityViolations()).as("a child's audit").isEmpty();
        }
    }

    private String childKnownToTheGpAndTheSchool(String family) {
        String dob = LocalDate.now(HubTime.ZONE).minusYears(14).toString();
        String day = LocalDate.now(HubTime.ZONE).minusDays(10).toString();
        ObjectNode gp = event(unique("GP"), subject("Ruby", family, dob), "HEALTH_CONTACT", day);
        gp.put("sensitivity", "SEXUAL_HEALTH").put("summary", GP_TEXT);
        Api.Response sent = new Api(port).as("GP-NORTH").post("/api/v1/events", batch(gp));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        String child = sent.json().get("results").get(0).get("childId").stringValue();
        ObjectNode school = event(unique("SC"), subject("Ruby", family, dob), "NOTE", day);
        school.put("summary", "Late to school three days this week.");
        Api.Response note = new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(school));
        assertThat(note.json().get("results").get(0).get("childId").stringValue()).isEqualTo(child);
        return child;
    }

    private void edNurseUsesBreakGlass(Browser browser, String family, String child) throws IOException {
        ChromeDriver driver = browser.driver();
        browser.signIn(port, "ednurse.south", HubIntegrationTest.SECRET);
        driver.get("http://localhost:" + port + "/children/" + child);
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("no relationship: not found").isEqualTo("Page not found");

        // a search finds no child she may open, and offers emergency access
        driver.get("http://localhost:" + port + "/children");
        driver.findElement(By.id("name")).sendKeys("Ruby " + family);
        browser.go(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("No child you may see matches");
        browser.go(By.linkText("Use emergency access"));
        assertThat(browser.accessibilityViolations()).as("break-glass form").isEmpty();
        LocalDate dob = LocalDate.now(HubTime.ZONE).minusYears(14);
        driver.findElement(By.id("givenName")).sendKeys("Ruby");
        driver.findElement(By.id("familyName")).sendKeys(family);
        driver.findElement(By.id("dobDay")).sendKeys(String.valueOf(dob.getDayOfMonth()));
        driver.findElement(By.id("dobMonth")).sendKeys(String.valueOf(dob.getMonthValue()));
        driver.findElement(By.id("dobYear")).sendKeys(String.valueOf(dob.getYear()));
        driver.findElement(By.id("reason")).sendKeys(REASON);
        browser.go(By.cssSelector("main form button[type=submit]"));

        assertThat(driver.getCurrentUrl()).contains("/children/" + child);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Ruby");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("You are using emergency access to this record");
        assertThat(browser.accessibilityViolations()).as("child page under break-glass").isEmpty();
    }

    private void socialWorkerIsTold(Browser browser) throws IOException {
        browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
        browser.driver().get("http://localhost:" + port + "/inbox");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Emergency access to a child you work with")
                .contains("Sam Okafor");
        assertThat(browser.accessibilityViolations()).as("inbox").isEmpty();
    }

    private void teacherSeesOnlyThatARestrictedEntryExists(Browser browser, String child) throws Exception {
        ChromeDriver driver = browser.driver();
        browser.signIn(port, "teacher.north", HubIntegrationTest.SECRET);
        driver.get("http://localhost:" + port + "/children/" + child);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("A restricted entry from GP-NORTH").contains("Late to school three days this week.")
                .doesNotContain(GP_TEXT).doesNotContain("emergency contraception");
        assertThat(driver.getPageSource()).doesNotContain(GP_TEXT);
        assertThat(browser.accessibilityViolations()).as("child page with a restricted entry").isEmpty();

        driver.findElement(By.linkText("Download CSV")).click();
        String csv = String.join("\n", Files.readAllLines(browser.awaitDownload(".csv", Duration.ofSeconds(15)), StandardCharsets.UTF_8));
        assertThat(csv).contains("A restricted entry from GP-NORTH").contains("Late to school").doesNotContain("contraception");

        driver.findElement(By.linkText("Download PDF")).click();
        String pdf = pdfText(browser.awaitDownload(".pdf", Duration.ofSeconds(15)));
        assertThat(pdf).contains("ArestrictedentryfromGP-NORTH").contains("Latetoschool").doesNotContain("contraception");
    }

    /** The text of a PDF, without the spaces and line breaks its layout puts inside long words. */
    private static String pdfText(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
