package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguardinghub.oversight.Disagreements;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A designated safeguarding lead challenges a decision about a child; nobody answers in time, and
 * the disagreement escalates to the managers (issue "Oversight", done-when).
 */
@HubIntegrationTest
class DisagreementJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Disagreements disagreements;

    @Test
    void aDisagreementGoesOverdueAndEscalatesToStageTwo() throws Exception {
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            // each step waits until the next page has replaced this one (reading sooner can read the old page)
            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Zoë Marchbank"));
            assertThat(driver.findElement(By.id("alerts-heading")).getText()).startsWith("Alerts");
            assertThat(browser.accessibilityViolations()).as("child page with alerts").isEmpty();

            browser.go(By.linkText("Professional disagreements"));
            assertThat(browser.accessibilityViolations()).as("child page, disagreements tab").isEmpty();
            browser.go(By.linkText("Raise a professional disagreement"));
            assertThat(browser.accessibilityViolations()).as("raise a disagreement").isEmpty();
            driver.findElement(By.cssSelector("label[for=kind-1]")).click();
            driver.findElement(By.id("decision")).sendKeys("Youth justice closed its involvement on Friday");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("withAgency"))).selectByValue("YOT-NORTH");
            driver.findElement(By.id("withPractitioner")).sendKeys("yot.north");
            driver.findElement(By.id("reason")).sendKeys("No multi-agency review was held before the team withdrew.");
            browser.go(By.cssSelector("main form button[type=submit]"));

            assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("Stage 1: practitioner to practitioner");
            assertThat(browser.accessibilityViolations()).as("disagreement").isEmpty();
            String id = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);

            // the response time of stage 1 passes with no answer
            jdbc.sql("update oversight.disagreement set stage_due_on = current_date - 1 where id = cast(:id as uuid)")
                    .param("id", id).update();
            disagreements.escalateOverdue();
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("Stage 2: managers");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("moves up a stage");
        }
    }
}
