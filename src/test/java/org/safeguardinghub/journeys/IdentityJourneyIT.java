package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue "Knowing who is who", done-when: an event from a police force for "Kaleigh Smith", no NHS
 * number, date of birth with day and month swapped, lands on the review queue with an explanation;
 * linking merges the chronology; unmerging restores both records exactly.
 */
@HubIntegrationTest
class IdentityJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void aNearMatchIsLinkedOnReviewAndUnlinkedAgain() throws Exception {
        String kayleigh = new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(
                event(unique("S"), subject("Kayleigh", "Smyth", "2005-02-06"), "SCHOOL_ABSENCE", "2026-03-02"))).json()
                .get("results").get(0).get("childId").stringValue();
        String kaleigh = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("P"), subject("Kaleigh", "Smith", "2005-06-02"), "POLICE_INCIDENT", "2026-04-11"))).json()
                .get("results").get(0).get("childId").stringValue();
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "mash.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Records to review"));
            assertThat(browser.accessibilityViolations()).as("review queue").isEmpty();
            browser.go(onQueue(browser, By.xpath("//table[@id='reviews']//tr[td[2][text()='Kayleigh Smyth']]/td[1]/a[text()='Kaleigh Smith']")));
            assertThat(driver.findElement(By.id("reasons")).getText()).contains("given name: known variant")
                    .contains("date of birth: day and month swapped");
            assertThat(browser.accessibilityViolations()).as("review").isEmpty();

            driver.findElement(By.cssSelector("label[for=decision-0]")).click();
            driver.findElement(By.id("note")).sendKeys("Same child: police entered the date month first");
            browser.go(By.cssSelector("form[action$='" + reviewPath(driver) + "'] button"));
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Linked: the records are merged");

            driver.get("http://localhost:" + port + "/children/" + kayleigh);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Police incident");
            driver.get("http://localhost:" + port + "/children/" + kaleigh);
            assertThat(driver.findElement(By.id("merged-into")).getText()).startsWith("This record was merged into another");
            assertThat(browser.accessibilityViolations()).as("merged record").isEmpty();

            driver.navigate().back();
            driver.navigate().back();
            driver.findElement(By.id("reason")).sendKeys("Different parents on the police record");
            browser.go(By.cssSelector("form[action$='/unlink'] button"));
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Unlinked: the records were unmerged");
            driver.get("http://localhost:" + port + "/children/" + kaleigh);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Police incident");
            driver.get("http://localhost:" + port + "/children/" + kayleigh);
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Police incident")
                    .contains("School absence");
        }
    }

    /**
     * Issue 13: a sibling's NHS number typed into another child's health record is put to a person,
     * labelled an identifier conflict on the queue, and decided there in one step, without
     * JavaScript; the queue passes the accessibility checks.
     */
    @Test
    void anIdentifierConflictIsDecidedInOneStepFromTheQueue() throws Exception {
        String family = TestEvents.familyName();
        String nhs = TestEvents.nhsNumber();
        new Api(port).as("GP-NORTH").post("/api/v1/events", batch(event(unique("G"),
                subject("Christopher", family, "2011-12-11").put("sex", "M").put("nhsNumber", nhs), "HEALTH_CONTACT",
                "2026-05-02")));
        new Api(port).as("GP-NORTH").post("/api/v1/events", batch(event(unique("G"),
                subject("Lily", family, "2014-03-02").put("sex", "F").put("nhsNumber", nhs), "HEALTH_CONTACT",
                "2026-05-03")));
        By row = By.xpath("//table[@id='reviews']//tr[td[1]/a[text()='Lily " + family + "']]");
        try (Browser browser = Browser.withoutJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "mash.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Records to review"));
            browser.go(By.partialLinkText("Identifier conflict ("));
            assertThat(driver.findElement(onQueue(browser, row)).getText()).contains("Identifier conflict")
                    .contains("Christopher " + family).contains("found by the same NHS number");
            browser.go(By.xpath("//table[@id='reviews']//tr[td[1]/a[text()='Lily " + family
                    + "']]//button[@value='NOT_THE_SAME']"));
            assertThat(driver.findElement(By.id("decided")).getText()).contains("Your decision is recorded");
            assertThat(driver.findElements(row)).isEmpty();
        }
        try (Browser browser = Browser.withJavaScript()) {
            browser.signIn(port, "mash.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Records to review"));
            browser.go(By.partialLinkText("Identifier conflict ("));
            assertThat(browser.accessibilityViolations()).as("review queue of one label, a decision in each row").isEmpty();
        }
    }

    /** The element on the queue, turning its pages (likeliest first) as a reviewer would until it shows. */
    private static By onQueue(Browser browser, By element) {
        while (browser.driver().findElements(element).isEmpty()) {
            List<WebElement> next = browser.driver().findElements(By.cssSelector("a[rel=next]"));
            assertThat(next).as("%s on the review queue", element).isNotEmpty();
            browser.go(By.cssSelector("a[rel=next]"));
        }
        return element;
    }

    private static String reviewPath(WebDriver driver) {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("/identity/reviews/"));
    }
}
