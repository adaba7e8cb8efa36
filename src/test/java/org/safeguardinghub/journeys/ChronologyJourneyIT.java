package org.safeguardinghub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguardinghub.support.Browser;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation's main journey in a real browser: a social worker signs in, finds a demo child,
 * filters the chronology, sees the timeline and downloads the CSV. Each page is checked against
 * the WCAG 2.2 A and AA rules axe-core can test.
 */
@HubIntegrationTest
class ChronologyJourneyIT {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aSocialWorkerFindsAChildFiltersTheChronologySeesTheTimelineAndDownloadsTheCsv() throws Exception {
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver driver = browser.driver();
            driver.get(url("/login"));
            assertThat(browser.accessibilityViolations()).as("sign-in page").isEmpty();
            // each step waits until the next page has replaced this one: reading it sooner read the old page
            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My children");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Zoë Marchbank");
            assertThat(browser.accessibilityViolations()).as("home page").isEmpty();

            browser.go(By.linkText("Find a child"));
            driver.findElement(By.id("name")).sendKeys("zoe MARCHBANK");
            browser.go(By.cssSelector("main button[type=submit]"));
            assertThat(browser.accessibilityViolations()).as("search results").isEmpty();
            browser.go(By.linkText("Zoë Marchbank"));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Zoë Marchbank");
            List<WebElement> marks = driver.findElements(By.cssSelector("svg.hub-timeline .hub-timeline__mark"));
            assertThat(marks).hasSizeGreaterThanOrEqualTo(50);
            assertThat(driver.findElements(By.cssSelector("svg.hub-timeline rect"))).as("missing episodes as bars").isNotEmpty();
            assertThat(driver.findElement(By.cssSelector(".hub-counters")).getText()).contains("ED attendances");
            assertThat(browser.accessibilityViolations()).as("child page").isEmpty();

            driver.findElement(By.cssSelector(".hub-filter summary")).click();
            driver.findElement(By.cssSelector("label[for=" + agencyCheckbox(driver, "ED-NORTH") + "]")).click();
            driver.findElement(By.cssSelector(".hub-filter button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("agency=ED-NORTH"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> agencies(driver).stream().allMatch("ED-NORTH"::equals));
            assertThat(agencies(driver)).isNotEmpty().containsOnly("ED-NORTH");
            assertThat(driver.findElements(By.cssSelector("svg.hub-timeline .hub-timeline__mark")))
                    .hasSizeLessThan(marks.size());

            driver.findElement(By.linkText("Download CSV")).click();
            Path csv = browser.awaitDownload(".csv", Duration.ofSeconds(15));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("Chronology of Zoë Marchbank (c-");
            assertThat(lines.get(1)).contains("Exported by Sam Okafor (sw.north)");
            assertThat(lines.get(2)).isEqualTo("Filter: Agency: ED-NORTH");
            assertThat(lines.subList(5, lines.size())).isNotEmpty().allMatch(line -> line.contains(",ED-NORTH,"));
        }
    }

    @Test
    void theChronologyFilterWorksWithoutJavaScript() {
        try (Browser browser = Browser.withoutJavaScript()) {
            ChromeDriver driver = browser.driver();
            browser.signIn(port, "sw.north", HubIntegrationTest.SECRET);
            browser.go(By.linkText("Tyler Brennock"));
            // without JavaScript the details element is still a native disclosure
            driver.findElement(By.cssSelector(".hub-filter summary")).click();
            driver.findElement(By.cssSelector("label[for=" + agencyCheckbox(driver, "POLICE-NORTH") + "]")).click();
            driver.findElement(By.cssSelector(".hub-filter button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("agency=POLICE-NORTH"));
            assertThat(agencies(driver)).isNotEmpty().containsOnly("POLICE-NORTH");
        }
    }

    private static String agencyCheckbox(ChromeDriver driver, String code) {
        return driver.findElement(By.cssSelector("input[name=agency][value='" + code + "']")).getAttribute("id");
    }

    private static List<String> agencies(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("table.hub-chronology tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }
}
