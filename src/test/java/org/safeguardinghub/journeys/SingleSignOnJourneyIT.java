package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safeguardinghub.access.Administration;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, done-when: a practitioner signs in through the organisation's identity provider (a real
 * OpenID Connect provider on loopback, its own sign-in page) into the hub; a person whose groups give
 * no role is sent back to the sign-in page and told why. The hub's pages pass axe's WCAG 2.2 A and AA rules.
 */
@HubIntegrationTest
class SingleSignOnJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Test
    void aSocialWorkerSignsInThroughTheIdentityProviderAndSomeoneWithoutARoleIsToldWhyNot() throws Exception {
        String username = newPractitioner("Morgan Whitlock");
        TestIdentityProvider.Person worker = TestIdentityProvider.addPerson(username, username + "@north.example",
                TestIdentityProvider.NORTH_SOCIAL_WORKERS);
        String other = newPractitioner("Robin Ashgrove");
        TestIdentityProvider.Person finance = TestIdentityProvider.addPerson(other, other + "@north.example", "finance");

        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/login");
            assertThat(browser.accessibilityViolations()).as("sign-in page with single sign-on").isEmpty();

            signInAtTheProvider(browser, worker);
            assertThat(driver.getCurrentUrl()).startsWith("http://127.0.0.1:" + port + "/").doesNotContain("/login");
            assertThat(driver.findElement(By.tagName("body")).getText()).as("signed in as").contains("Morgan Whitlock");
            assertThat(browser.accessibilityViolations()).as("the hub after single sign-on").isEmpty();

            driver.manage().deleteAllCookies();
            driver.get(TestIdentityProvider.issuer() + "/login");
            driver.manage().deleteAllCookies();
            driver.get("http://127.0.0.1:" + port + "/login");
            signInAtTheProvider(browser, finance);
            assertThat(driver.getCurrentUrl()).endsWith("/login?refused=NO_MAPPED_GROUP");
            assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("You could not sign in").contains("None of your organisation's groups gives a role here");
            assertThat(browser.accessibilityViolations()).as("a refused single sign-on").isEmpty();
        }
    }

    private String newPractitioner(String name) {
        String username = "sso.journey." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(Administration.ChangedBy.system("test"), username, name,
                null, null, null, "CSC-NORTH", null, Set.of("SOCIAL_WORKER"), null).ok()).isTrue();
        return username;
    }

    /** From the hub's sign-in page to the provider's, and back. */
    private static void signInAtTheProvider(Browser browser, TestIdentityProvider.Person person) {
        browser.go(By.linkText("Sign in with the test identity provider"));
        ChromeDriver driver = browser.driver();
        assertThat(driver.getCurrentUrl()).startsWith(TestIdentityProvider.issuer() + "/login");
        driver.findElement(By.id("username")).sendKeys(person.username());
        driver.findElement(By.id("password")).sendKeys(person.password());
        browser.go(By.cssSelector("button[type=submit]"));
    }
}
