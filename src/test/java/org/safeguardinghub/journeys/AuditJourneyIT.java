package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #12, done-when: the data protection officer's audit page shows both looks at a child, a
 * social worker's and a break-glass one, the break-glass one marked. Every page is checked against
 * the WCAG 2.2 A and AA rules axe-core can test.
 */
@HubIntegrationTest
class AuditJourneyIT {

    static final String REASON = "Police at the door at 02:00: child reported missing, history needed now";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Practitioners practitioners;

    @Test
    void theDataProtectionOfficerSeesASocialWorkersLookAndABreakGlassLookAtAChild() throws Exception {
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Zoë Marchbank"));
            String childId = driver.getCurrentUrl().replaceAll(".*/children/(c-[0-9a-f-]{36}).*", "$1");
            // the break-glass journey itself is InformationGovernanceJourneyIT; here only its audit entry matters
            auditLog.record(person("police.north"), AuditAction.BREAK_GLASS, UUID.fromString(childId.substring(2)), REASON);

            browser.signIn(port, "dpo", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Audit"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit");
            assertThat(browser.accessibilityViolations()).as("audit, unusual access").isEmpty();
            assertThat(driver.findElement(By.id("break-glass")).findElement(By.xpath("following-sibling::table")).getText())
                    .contains("police.north").contains(REASON);

            driver.findElement(By.id("child")).sendKeys(childId);
            browser.go(By.xpath("//button[normalize-space()=\"Show the child's audit\"]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("A child's audit");
            assertThat(browser.accessibilityViolations()).as("a child's audit").isEmpty();

            List<WebElement> rows = driver.findElements(By.cssSelector("table.hub-audit-entries tbody tr"));
            WebElement glass = rows.stream().filter(r -> r.getText().contains("police.north")).findFirst().orElseThrow();
            assertThat(glass.findElement(By.cssSelector(".govuk-tag--red")).getText()).isEqualTo("Break-glass");
            assertThat(glass.getText()).contains(REASON).contains("POLICE-NORTH");
            WebElement look = rows.stream().filter(r -> r.getText().contains("sw.north")).findFirst().orElseThrow();
            assertThat(look.getText()).contains("Viewed the child's record").contains("CSC-NORTH");
            assertThat(look.findElements(By.cssSelector(".govuk-tag"))).as("a normal look is not marked").isEmpty();
            assertThat(rows.indexOf(glass)).as("newest first").isLessThan(rows.indexOf(look));

            browser.go(By.linkText("sw.north"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What sw.north accessed");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(childId);
            assertThat(browser.accessibilityViolations()).as("what a user accessed").isEmpty();
        }
    }

    private Actor.Person person(String username) {
        Practitioner p = practitioners.byUsername(username).orElseThrow();
        return new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles());
    }
}
