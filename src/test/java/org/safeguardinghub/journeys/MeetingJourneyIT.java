package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.safeguardinghub.meetings.MeetingForms;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, done-when: a social worker convenes a strategy meeting for a looked-after child placed
 * in another area; the invitation list already holds the host-area school nurse and the GP;
 * leaving out the police is refused without a reason; the meeting is recorded with health absent
 * (warning shown), two actions with owners and dates and one recommendation; the minutes reach the
 * chronology and the owners' inboxes. Every page is checked with axe (WCAG 2.2 AA).
 */
@HubIntegrationTest
class MeetingJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void aStrategyMeetingForAChildPlacedInAnotherArea() throws Exception {
        String child = MeetingForms.lookedAfterChild(port, TestEvents.familyName());
        LocalDate today = LocalDate.now(HubTime.ZONE);
        String meeting;
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/children/" + child + "?tab=meetings");
            assertThat(browser.accessibilityViolations()).as("child page, meetings tab").isEmpty();
            browser.go(By.linkText("Convene a meeting"));
            assertThat(browser.accessibilityViolations()).as("choose the kind of meeting").isEmpty();
            driver.findElement(By.cssSelector("label[for=type-STRATEGY_MEETING]")).click();
            browser.go(By.cssSelector("main form button[type=submit]"));

            // the network across areas is already on the list, ticked
            assertThat(invitee(driver, "Imogen Shaw").isSelected()).as("the GP").isTrue();
            assertThat(invitee(driver, "Naomi Achterberg").isSelected()).as("the host area's school nurse").isTrue();
            assertThat(driver.findElement(By.id("invite")).getText()).contains("South City School Nursing Service");
            assertThat(browser.accessibilityViolations()).as("convene a strategy meeting").isEmpty();
            date(driver, "scheduledOn", today);
            List<WebElement> police = policeOfficers(driver);
            assertThat(police).isNotEmpty();
            assertThat(police).allMatch(label -> driver.findElement(By.id(label.getAttribute("for"))).isSelected());
            police.forEach(WebElement::click);
            browser.go(By.cssSelector("main form button[type=submit]"));

            assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Say why the police are left out");
            assertThat(browser.accessibilityViolations()).as("police left out without a reason").isEmpty();
            // the police are invited after all
            policeOfficers(driver).forEach(WebElement::click);
            browser.go(By.cssSelector("main form button[type=submit]"));

            assertThat(driver.getCurrentUrl()).contains("/meetings/");
            meeting = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
            assertThat(browser.accessibilityViolations()).as("the meeting, convened").isEmpty();
            browser.go(By.id("record-minutes"));
            recordWithHealthAbsent(driver, today);
            browser.go(By.id("finalise"));

            assertThat(driver.findElement(By.id("warnings")).getText()).contains("Nobody from health attended");
            assertThat(browser.accessibilityViolations()).as("minutes, warned before finalising").isEmpty();
            driver.findElement(By.cssSelector("label[for=acknowledged]")).click();
            assertThat(driver.findElement(By.id("acknowledged")).isSelected()).as("warnings acknowledged").isTrue();
            browser.go(By.id("finalise"));

            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains("Finalised with these warnings").contains("Nobody from health attended")
                    .contains("Recommendations (not actions)").contains("Ask the host area to consider a return home interview");
            assertThat(browser.accessibilityViolations()).as("the meeting, finalised").isEmpty();
            driver.get("http://localhost:" + port + "/children/" + child);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Minutes of the Strategy meeting held on");
        }
        for (String owner : List.of("police.south", "gp.north")) {
            assertThat(WebSession.signedIn(port, owner).get("/inbox").body()).as(owner)
                    .contains("A task from a meeting").contains(meeting + "#action-");
        }
    }

    /** Health sent apologies (the GP) or did not come (the school nurse); two owned actions, one recommendation. */
    private static void recordWithHealthAbsent(ChromeDriver driver, LocalDate today) {
        date(driver, "heldOn", today);
        driver.findElement(By.id("chair")).sendKeys("Helen Brightwell, team manager");
        List<WebElement> invitees = driver.findElements(By.cssSelector("fieldset[id^='attendance-']"));
        assertThat(invitees).hasSize(6);
        for (WebElement invitee : invitees) {
            String who = invitee.findElement(By.tagName("legend")).getText();
            String came = who.startsWith("Imogen Shaw") ? "APOLOGIES" : who.startsWith("Naomi Achterberg") ? "DID_NOT_ATTEND" : "ATTENDED";
            String answer = invitee.getDomAttribute("id") + "-" + came;
            invitee.findElement(By.cssSelector("label[for='" + answer + "']")).click();
            assertThat(driver.findElement(By.id(answer)).isSelected()).as(who + " " + came).isTrue();
        }
        driver.findElement(By.cssSelector("label[for=childParticipation-VIEWS_SHARED_BEFORE]")).click();
        driver.findElement(By.id("childViews")).sendKeys("Morgan said the home is fine but the older boys scare her.");
        action(driver, 0, "Share the missing-episode reports from the host area", "Morgan Tate", today.plusDays(5));
        action(driver, 1, "Send the health chronology to the social worker", "Imogen Shaw", today.plusDays(10));
        driver.findElement(By.id("recommendation-0")).sendKeys("Ask the host area to consider a return home interview");
    }

    private static void action(ChromeDriver driver, int row, String what, String owner, LocalDate due) {
        driver.findElement(By.id("actionWhat-" + row)).sendKeys(what);
        Select owners = new Select(driver.findElement(By.id("actionOwner-" + row)));
        owners.getOptions().stream().filter(o -> o.getText().startsWith(owner)).findFirst().orElseThrow().click();
        date(driver, "actionDue-" + row, due);
        driver.findElement(By.id("actionDone-" + row)).sendKeys("Done when the social worker has it");
    }

    private static WebElement invitee(ChromeDriver driver, String name) {
        return driver.findElements(By.cssSelector("#invite .govuk-checkboxes__item")).stream()
                .filter(item -> item.getText().startsWith(name)).findFirst().orElseThrow()
                .findElement(By.tagName("input"));
    }

    /** The labels of the invitation list's police officers: a click ticks or unticks each. */
    private static List<WebElement> policeOfficers(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#invite .govuk-checkboxes__item")).stream()
                .filter(item -> item.getText().contains("(Police,")).map(item -> item.findElement(By.tagName("label"))).toList();
    }

    private static void date(ChromeDriver driver, String name, LocalDate day) {
        for (String[] part : new String[][] {{"Day", "" + day.getDayOfMonth()}, {"Month", "" + day.getMonthValue()},
                {"Year", "" + day.getYear()}}) {
            WebElement box = driver.findElement(By.id(name + part[0]));
            box.clear();
            box.sendKeys(part[1]);
        }
    }
}
