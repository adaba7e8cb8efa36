package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue "Front door", done-when: a school practitioner makes a contact; the MASH sees it with the
 * child's history and two earlier contacts closed as NFA, asks the police, who answer; the MASH
 * decides level 3 with a rationale, a manager signs it off; the school sees the outcome and the
 * reason and can disagree.
 */
@HubIntegrationTest
class FrontDoorJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void aSchoolsContactIsTriagedDecidedSignedOffAndExplained() throws Exception {
        String family = TestEvents.familyName();
        twoEarlierContactsClosedAsNfa(family);
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();

            browser.signIn(port, "dsl.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Contacts"));
            browser.go(By.linkText("Make a contact"));
            assertThat(browser.accessibilityViolations()).as("contact form").isEmpty();
            driver.findElement(By.id("givenName")).sendKeys("Jolene");
            driver.findElement(By.id("familyName")).sendKeys(family);
            driver.findElement(By.id("dateOfBirthDay")).sendKeys("9");
            driver.findElement(By.id("dateOfBirthMonth")).sendKeys("7");
            driver.findElement(By.id("dateOfBirthYear")).sendKeys("2011");
            driver.findElement(By.id("concern")).sendKeys("Collected from school by an unknown adult in a taxi, third time.");
            driver.findElement(By.cssSelector("label[for=category-0]")).click();
            driver.findElement(By.id("childVoice")).sendKeys("She said: he is my friend, he gets me a phone.");
            driver.findElement(By.cssSelector("label[for=parentsAware-1]")).click();
            driver.findElement(By.cssSelector("label[for=urgency-1]")).click();
            browser.go(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Contact made");
            String reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
            assertThat(driver.findElement(By.id("status")).getText()).startsWith("This is a contact; a decision will be made by");
            assertThat(browser.accessibilityViolations()).as("contact made").isEmpty();

            browser.signIn(port, "mash.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("MASH triage"));
            assertThat(browser.accessibilityViolations()).as("triage queue").isEmpty();
            browser.go(By.linkText(reference));
            assertThat(driver.findElement(By.id("standing")).getText())
                    .startsWith("3rd contact in 12 months; 2 of the previous 2 closed with no further action");
            assertThat(driver.findElement(By.id("previous-contacts")).getText()).contains("No further action (advice given)");
            assertThat(driver.findElement(By.id("recent")).getText()).contains("Contact " + reference);
            assertThat(browser.accessibilityViolations()).as("contact in triage").isEmpty();
            new Select(driver.findElement(By.id("agency"))).selectByValue("POLICE-NORTH");
            driver.findElement(By.id("question")).sendKeys("Anything known about taxis collecting her?");
            browser.go(By.cssSelector("form[action$='/requests'] button"));

            browser.signIn(port, "police.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Information requests"));
            browser.go(By.linkText("Jolene " + family));
            assertThat(driver.findElement(By.id("question")).getText()).isEqualTo("Anything known about taxis collecting her?");
            assertThat(browser.accessibilityViolations()).as("information request").isEmpty();
            driver.findElement(By.id("answer")).sendKeys("Taxi firm under investigation for transporting children to parties.");
            browser.go(By.cssSelector("main form button[type=submit]"));

            browser.signIn(port, "mash.north", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/triage/" + reference);
            assertThat(driver.findElement(By.id("request-list")).getText()).contains("Taxi firm under investigation");
            driver.findElement(By.cssSelector("label[for=level-3]")).click();
            driver.findElement(By.cssSelector("label[for=descriptor-3-2]")).click();
            driver.findElement(By.id("rationale")).sendKeys("Third contact; police information shows organised transport.");
            driver.findElement(By.cssSelector("label[for=outcome-3]")).click();
            browser.go(By.cssSelector("form[action$='/decision'] button"));
            assertThat(driver.findElement(By.id("signed-off")).getText()).isEqualTo("Awaiting a manager's sign-off");

            browser.signIn(port, "tm.north", HubIntegrationTest.SECRET);
            driver.get("http://localhost:" + port + "/triage/" + reference);
            browser.go(By.cssSelector("form[action$='/sign-off'] button"));
            assertThat(driver.findElement(By.id("status")).getText()).contains("This contact is now a referral");

            browser.signIn(port, "dsl.north", HubIntegrationTest.SECRET);
            browser.go(By.partialLinkText("Inbox"));
            browser.go(By.xpath("//button[text()='Outcome of your contact " + reference + "']"));
            assertThat(driver.findElement(By.id("outcome")).getText())
                    .isEqualTo("This contact is now a referral to children's social care. Outcome: Child and family assessment (child in need).");
            assertThat(driver.findElement(By.id("reason")).getText())
                    .isEqualTo("Third contact; police information shows organised transport.");
            assertThat(browser.accessibilityViolations()).as("outcome for the referrer").isEmpty();
            browser.go(By.id("disagree"));
            assertThat(driver.findElement(By.id("decision")).getAttribute("value")).startsWith("Threshold decision on contact " + reference);
            assertThat(driver.findElement(By.cssSelector("input[value=THRESHOLD_DECISION]")).isSelected()).isTrue();
        }
    }

    /** Two earlier contacts about the same child, each decided as no further action and signed off. */
    private void twoEarlierContactsClosedAsNfa(String family) {
        WebSession school = WebSession.signedIn(port, "dsl.north");
        WebSession mash = WebSession.signedIn(port, "mash.north");
        WebSession manager = WebSession.signedIn(port, "tm.north");
        for (int i = 0; i < 2; i++) {
            Map<String, String> form = new HashMap<>(Map.of("givenName", "Jolene", "familyName", family,
                    "dateOfBirthDay", "9", "dateOfBirthMonth", "7", "dateOfBirthYear", "2011",
                    "concern", "Late to school and tired.", "categories", "NEGLECT", "childVoice", "She said she was fine.",
                    "parentsAware", "YES", "urgency", "STANDARD"));
            school.get("/contacts/new");
            String location = school.post("/contacts", form).location();
            String reference = location.substring(location.indexOf("/contacts/") + 10, location.indexOf('?'));
            mash.get("/triage/" + reference);
            mash.post("/triage/" + reference + "/decision", Map.of("level", "1", "descriptors", "1:0",
                    "rationale", "Universal needs; school to support.", "outcome", "NO_FURTHER_ACTION",
                    "advice", "School nurse to check in."));
            manager.get("/triage/" + reference);
            assertThat(manager.post("/triage/" + reference + "/sign-off", Map.of()).status()).isEqualTo(302);
        }
    }
}
