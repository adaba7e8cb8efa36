package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.safeguardinghub.plans.internal.DriftJob;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, done-when: a social worker makes a child protection plan (neglect) with three SMART
 * actions owned by the school, health and social care; time passes and the school's action goes
 * overdue, so PLAN_DRIFT shows on the child's page and in the manager's view; the review records
 * progress and ends the school's action as done but not worked; the school's attempt to leave the
 * plan without a multi-agency review is refused and alerted. Every page checked with axe.
 */
@HubIntegrationTest
class PlansJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DriftJob job;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void aPlanDriftsIsReviewedAndTheSchoolCannotLeaveWithoutAReview() throws Exception {
        String child = childInTheNorthNetwork();
        String base = "http://localhost:" + port;
        LocalDate today = LocalDate.now(HubTime.ZONE);
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            driver.get(base + "/children/" + child + "?tab=plans");
            browser.go(By.linkText("Make a plan"));
            assertThat(browser.accessibilityViolations()).as("make a plan").isEmpty();
            driver.findElement(By.cssSelector("label[for='" + idOf(driver, "type", "CHILD_PROTECTION_PLAN") + "']")).click();
            driver.findElement(By.cssSelector("label[for='" + idOf(driver, "category", "NEGLECT") + "']")).click();
            driver.findElement(By.id("concern")).sendKeys("Ava is often hungry and tired at school; the home is cold.");
            date(driver, "startedOn", today);
            new Select(driver.findElement(By.id("lead"))).selectByValue(practitioner("sw.north").toString());
            driver.findElement(By.id("outcome-0")).sendKeys("Ava has enough to eat every day.");
            driver.findElement(By.id("childsView-0")).sendKeys("I want breakfast before school.");
            browser.go(By.cssSelector("main form button[type=submit]"));
            String plan = driver.getCurrentUrl().replaceAll(".*/plans/([0-9a-f-]{36}).*", "$1");
            assertThat(browser.accessibilityViolations()).as("the plan").isEmpty();

            addAction(browser, "Breakfast club every school day", "dsl.north", today.plusDays(3));
            addAction(browser, "Health assessment of Ava's growth", "nurse.north", today.plusDays(60));
            addAction(browser, "Help the family apply for food and heating support", "sw.north", today.plusDays(60));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Breakfast club every school day")
                    .contains("Health assessment of Ava's growth").contains("food and heating support");

            // 25 days pass: the school's action is more than 10 working days overdue
            TestClock.advance(Duration.ofDays(25));
            job.run();
            driver.get(base + "/children/" + child);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Plan drifting");
            assertThat(browser.accessibilityViolations()).as("child page with a drifting plan").isEmpty();
            driver.get(base + "/children/" + child + "/plans/" + plan);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("This plan is drifting")
                    .contains("\"Breakfast club every school day\" was due on");

            browser.signIn(port, "tm.north", HubIntegrationTest.SECRET);
            driver.get(base + "/oversight");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Drifting plans");
            assertThat(driver.findElements(By.cssSelector("a[href*='/children/" + child + "?tab=plans']"))).isNotEmpty();
            assertThat(browser.accessibilityViolations()).as("managers' view").isEmpty();

            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            review(browser, base + "/children/" + child + "/plans/" + plan, today.plusDays(25));
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains("It did not work");
            assertThat(browser.accessibilityViolations()).as("the plan after its review").isEmpty();

            browser.signIn(port, "dsl.north", HubIntegrationTest.SECRET);
            driver.get(base + "/children/" + child + "/plans/" + plan);
            browser.go(By.id("leave-plan"));
            assertThat(browser.accessibilityViolations()).as("leave the plan").isEmpty();
            driver.findElement(By.id("reason")).sendKeys("Ava is doing well in school now.");
            browser.go(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Refused: there has been no multi-agency review in which your agency took part");
            assertThat(browser.accessibilityViolations()).as("leaving refused").isEmpty();
        }
        assertThat(alertStatus(child, "AGENCY_WITHDRAWAL_WITHOUT_REVIEW")).isEqualTo("OPEN");
        assertThat(jdbc.sql("""
                select count(*) from plans.plan_agency pa join access.agency a on a.id = pa.agency_id
                where pa.plan_id in (select id from plans.plan where child_id = :c) and a.code = 'SCHOOL-NORTH'
                  and pa.left_on is null""").param("c", UUID.fromString(child.substring(2))).query(Long.class).single())
                .isEqualTo(1);
    }

    /** At the review the school's action is done but did not work; the others go on; the school is not consulted. */
    private void review(Browser browser, String planUrl, LocalDate on) throws Exception {
        ChromeDriver driver = browser.driver();
        driver.get(planUrl);
        browser.go(By.id("record-review"));
        assertThat(browser.accessibilityViolations()).as("record a review").isEmpty();
        date(driver, "heldOn", on);
        for (WebElement status : driver.findElements(By.cssSelector("select[id^='action-'][id$='-status']"))) {
            String field = status.getAttribute("id").replace("-status", "");
            boolean school = status.findElement(By.xpath("./ancestor::fieldset[1]/legend")).getText()
                    .startsWith("Breakfast club");
            new Select(status).selectByValue(school ? "DONE" : "IN_PROGRESS");
            driver.findElement(By.id(field + "-note")).sendKeys(school ? "Ava went every day for three weeks." : "Under way.");
            if (school) {
                new Select(driver.findElement(By.id(field + "-effectiveness"))).selectByValue("NOT_WORKED");
            }
        }
        for (WebElement select : driver.findElements(By.cssSelector("select[id^='outcome-'][id$='-status']"))) {
            new Select(select).selectByValue("NOT_MET");
        }
        driver.findElement(By.id("whatChanged")).sendKeys("Ava eats at school but is still hungry at weekends.");
        driver.findElement(By.id("childsView")).sendKeys("Breakfast is nice but I am hungry on Saturdays.");
        driver.findElement(By.id("familyView")).sendKeys("Mum says money for food runs out by the weekend.");
        driver.findElement(By.cssSelector("label[for='" + idOf(driver, "decision", "CONTINUE") + "']")).click();
        browser.go(By.cssSelector("main form button[type=submit]"));
    }

    private void addAction(Browser browser, String what, String owner, LocalDate due) throws Exception {
        ChromeDriver driver = browser.driver();
        browser.go(By.id("add-action"));
        driver.findElement(By.id("what")).sendKeys(what);
        new Select(driver.findElement(By.id("owner"))).selectByValue(practitioner(owner).toString());
        date(driver, "due", due);
        driver.findElement(By.id("doneLooksLike")).sendKeys("Recorded on the plan with the date.");
        driver.findElement(By.id("workedLooksLike")).sendKeys("Ava says she is less hungry and school sees it.");
        browser.go(By.cssSelector("main form button[type=submit]"));
    }

    /** The id of the radio with this value in the named group. */
    private static String idOf(ChromeDriver driver, String name, String value) {
        return driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).getAttribute("id");
    }

    private static void date(ChromeDriver driver, String name, LocalDate day) {
        for (String part : new String[] {"Day", "Month", "Year"}) {
            WebElement input = driver.findElement(By.id(name + part));
            input.clear();
            input.sendKeys(String.valueOf(switch (part) {
                case "Day" -> day.getDayOfMonth();
                case "Month" -> day.getMonthValue();
                default -> day.getYear();
            }));
        }
    }

    private String childInTheNorthNetwork() {
        Api.Response sent = new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(
                event(unique("SCH"), subject("Ava", familyName(), birthDate()), "SCHOOL_ABSENCE",
                        LocalDate.now(HubTime.ZONE).minusDays(20).toString())));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        String child = sent.json().get("results").get(0).get("childId").stringValue();
        Network.of(port, child).allocate("sw.north").add("dsl.north", "Designated safeguarding lead")
                .add("nurse.north", "Hospital safeguarding nurse");
        return child;
    }

    private UUID practitioner(String username) {
        return jdbc.sql("select id from access.practitioner where username = :u").param("u", username).query(UUID.class).single();
    }

    private String alertStatus(String child, String code) {
        return jdbc.sql("select status from oversight.alert where child_id = :c and code = :code order by raised_at desc limit 1")
                .param("c", UUID.fromString(child.substring(2))).param("code", code).query(String.class).optional()
                .orElse("NONE");
    }

    /** A date of birth of its own, so the child is no near match of other tests' Avas (see PlanFixtures). */
    static String birthDate() {
        return LocalDate.of(2011, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(2000)).toString();
    }
}
