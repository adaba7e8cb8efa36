package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 17, done-when: a police officer screens a 12-year-old; the tool says medium; the officer's
 * judgement of high is recorded with its rationale; HIGH_RISK_EXPLOITATION is raised and the senior
 * manager's inbox has it; a social worker's lowering below the tool waits for a manager. Every page
 * is checked with axe.
 */
@HubIntegrationTest
class RiskJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void judgementAboveTheToolRaisesHighRiskAndALoweringWaitsForAManager() throws Exception {
        String family = TestEvents.familyName();
        String child = twelveYearOldMissingLastWeek(family);
        Network.of(port, child).add("police.north", "CSE officer").allocate("sw.north");
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "police.north", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/children/" + child + "?tab=risk");
            assertThat(browser.accessibilityViolations()).as("risk tab, not screened").isEmpty();
            browser.go(By.id("screen"));
            assertThat(driver.findElement(By.id("age")).getText()).isEqualTo("Age today: 12");
            assertThat(driver.findElement(By.id("evidence-missing-episodes")).getText()).isNotBlank();
            assertThat(browser.accessibilityViolations()).as("screening form").isEmpty();
            new Select(driver.findElement(By.id("seen-missing-episodes"))).selectByValue("NOW");
            browser.go(By.id("check"));
            assertThat(driver.findElement(By.id("tool-level")).getText()).startsWith("The tool suggests Medium");
            assertThat(browser.accessibilityViolations()).as("screening form with the tool's suggestion").isEmpty();
            driver.findElement(By.cssSelector("label[for=judged-HIGH]")).click();
            driver.findElement(By.id("rationale")).sendKeys("Twelve, found with adult males at 3am; the tool underweights this.");
            browser.go(By.id("save"));

            assertThat(driver.findElement(By.id("judgement")).getText()).isEqualTo("High");
            assertThat(driver.findElement(By.id("rationale")).getText()).startsWith("Twelve, found with adult males");
            assertThat(driver.findElements(By.cssSelector("#indicators a[href*='/entries/']"))).as("evidence linked").isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("screening recorded").isEmpty();
            assertThat(alertStatus(child)).isEqualTo("OPEN");
            driver.get("http://localhost:" + port + "/children/" + child);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("High risk of exploitation");
            assertThat(browser.accessibilityViolations()).as("child page with the risk at a glance").isEmpty();
            driver.get("http://localhost:" + port + "/children/" + child + "?tab=risk");
            assertThat(driver.findElement(By.id("risk-current")).getText()).isEqualTo("Level in force: High");
            assertThat(driver.findElements(By.cssSelector("#risk svg"))).as("risk over time").isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("risk tab with a screening").isEmpty();

            browser.signIn(port, "sm.north", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/inbox");
            // the notification names the alert and links to the child, never naming the child
            assertThat(driver.findElements(By.xpath("//li[.//input[@name='link' and @value='/children/" + child + "']]"
                    + "//button[contains(., 'High risk of exploitation')]"))).isNotEmpty();
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(family);
            assertThat(browser.accessibilityViolations()).as("senior manager's inbox").isEmpty();

            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/children/" + child + "/risk/screenings/new");
            new Select(driver.findElement(By.id("seen-missing-episodes"))).selectByValue("NOW");
            browser.go(By.id("check"));
            driver.findElement(By.cssSelector("label[for=judged-LOW]")).click();
            driver.findElement(By.id("rationale")).sendKeys("Settled at home since the move.");
            browser.go(By.id("save"));
            assertThat(driver.findElement(By.id("agreement")).getText()).contains("Awaiting agreement");
            assertThat(driver.findElement(By.id("in-force")).getText()).isEqualTo("High");
            assertThat(driver.findElement(By.id("may-not-agree")).isDisplayed()).isTrue();
            assertThat(browser.accessibilityViolations()).as("a lowering awaiting agreement").isEmpty();
            assertThat(alertStatus(child)).isEqualTo("OPEN");
        }
    }

    /** A child aged 12 years and 200 days whom the North's police know by a missing episode a week ago. */
    private String twelveYearOldMissingLastWeek(String family) {
        ObjectNode subject = TestEvents.subject("Tilly", family, LocalDate.now().minusYears(12).minusDays(200).toString());
        Instant at = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode missing = TestEvents.event(TestEvents.unique("M"), subject, "MISSING_EPISODE", at.toString());
        missing.put("endedAt", at.plus(5, ChronoUnit.HOURS).toString());
        return new Api(port).as("POLICE-NORTH").post("/api/v1/events", TestEvents.batch(missing)).json()
                .get("results").get(0).get("childId").stringValue();
    }

    private UUID childUuid(String child) {
        return UUID.fromString(child.startsWith("c-") ? child.substring(2) : child);
    }

    private String alertStatus(String child) {
        return jdbc.sql("select status from oversight.alert where child_id = ? and code = 'HIGH_RISK_EXPLOITATION' order by raised_at desc limit 1")
                .params(childUuid(child)).query(String.class).optional().orElse("NONE");
    }
}
