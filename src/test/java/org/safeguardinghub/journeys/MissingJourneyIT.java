package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguardinghub.missing.internal.InterviewDeadlines;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16, done-when: a children's home starts an episode for a child placed out of area; the
 * trigger plan shows stage by stage as the injected clock advances; the host police record the
 * episode through the feed and it merges with the home's record; the child returns; the
 * return-interview clock shows 72 hours; letting it pass raises RETURN_INTERVIEW_OVERDUE; the
 * placing authority's social worker was notified at the start.
 */
@HubIntegrationTest
class MissingJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    InterviewDeadlines deadlines;

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    @Test
    void anEpisodeOutOfAreaMergesFollowsItsTriggerPlanAndItsReturnInterviewFallsOverdue() throws Exception {
        ObjectNode subject = subject("Skye", familyName(), "2011-09-09");
        String child = placedOutOfAreaWithATriggerPlan(subject);
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "carer.south", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/children/" + child + "/missing/episodes/new");
            assertThat(browser.accessibilityViolations()).as("episode form").isEmpty();
            driver.findElement(By.cssSelector("label[for=from-1]")).click();
            driver.findElement(By.cssSelector("label[for=absence-0]")).click();
            driver.findElement(By.cssSelector("label[for=reportedToPolice-yes]")).click();
            browser.go(By.cssSelector("main form button[type=submit]"));
            Instant started = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            assertThat(driver.findElement(By.id("live-episode")).getText()).contains("Missing now");
            assertThat(driver.findElement(By.id("stage")).getText()).contains("Next: At 30 minutes");
            assertThat(browser.accessibilityViolations()).as("missing tab, live episode").isEmpty();

            TestClock.advance(Duration.ofMinutes(35));
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("current-stage")).getText()).contains("At 30 minutes").contains("Search the usual places");
            TestClock.advance(Duration.ofMinutes(90));
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("current-stage")).getText()).contains("At 2 hours");
            assertThat(driver.findElement(By.id("next-stage")).getText()).contains("Overnight");

            ObjectNode police = event(unique("SP"), subject, "MISSING_EPISODE", started.plus(Duration.ofMinutes(20)).toString());
            police.putObject("details").put("from", "CARE").put("riskGrading", "MEDIUM").put("reportedToPolice", true);
            Api.Response sent = new Api(port).as("POLICE-SOUTH").post("/api/v1/events", batch(police));
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("live-sources")).getText()).contains("Willow House Children's Home (recorded here)")
                    .contains("Southshire Constabulary (from their system)");
            assertThat(driver.findElements(By.cssSelector("#episodes tbody tr"))).hasSize(1);

            browser.go(By.id("record-return"));
            assertThat(browser.accessibilityViolations()).as("return form").isEmpty();
            driver.findElement(By.id("foundAt")).sendKeys("Retail park");
            browser.go(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.findElement(By.id("episodes")).getText()).contains("72 hours left");
            assertThat(browser.accessibilityViolations()).as("missing tab, returned").isEmpty();

            TestClock.advance(Duration.ofHours(72).plusMinutes(1));
            assertThat(deadlines.run()).isGreaterThanOrEqualTo(1);
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("episodes")).getText()).contains("overdue by");
            driver.get("http://localhost:" + port + "/children/" + child + "?tab=alerts");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Return interview overdue");

            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            browser.go(By.partialLinkText("Inbox"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("A child you work with is missing")
                    .doesNotContain(subject.get("familyName").stringValue());
            assertThat(browser.accessibilityViolations()).as("social worker's inbox").isEmpty();
        }
    }

    /** A North child placed in a South children's home, its social worker and carer named, with a three-stage trigger plan. */
    private String placedOutOfAreaWithATriggerPlan(ObjectNode subject) {
        ObjectNode placement = event(unique("PL"), subject, "PLACEMENT_CHANGE", LocalDate.now(HubTime.ZONE).minusDays(60).toString());
        placement.putObject("details").put("placementType", "Children's home").put("area", "South");
        Api.Response response = new Api(port).as("CSC-NORTH").post("/api/v1/events", batch(placement));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String child = response.json().get("results").get(0).get("childId").stringValue();
        Network.of(port, child).allocate("sw.north").add("carer.south", "Residential support worker");
        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/missing/trigger-plan");
        Map<String, String> plan = new HashMap<>(Map.of("triggers", "Contact from older males; arguments about phone use"));
        stage(plan, 0, "At 30 minutes", 0, 30, "Search the usual places; ring her phone");
        stage(plan, 1, "At 2 hours", 2, 0, "Report to the police; ring the social worker");
        plan.put("stage-1-tellPolice", "true");
        stage(plan, 2, "Overnight", 12, 0, "Strategy meeting by the morning");
        plan.put("stage-2-strategyMeeting", "true");
        WebSession.Page saved = social.post("/children/" + child + "/missing/trigger-plan", plan);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        return child;
    }

    private static void stage(Map<String, String> plan, int i, String label, int hours, int minutes, String actions) {
        plan.put("stage-" + i + "-label", label);
        plan.put("stage-" + i + "-hours", String.valueOf(hours));
        plan.put("stage-" + i + "-minutes", String.valueOf(minutes));
        plan.put("stage-" + i + "-actions", actions);
    }
}
