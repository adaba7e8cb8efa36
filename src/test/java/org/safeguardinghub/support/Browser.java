package org.safeguardinghub.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Debian's headless Chromium driven by Selenium, with both paths given so nothing is ever
 * downloaded. {@link #accessibilityViolations()} runs axe-core (from the npm devDependencies)
 * against the current page for WCAG 2.2 A and AA rules.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(boolean javascript) {
        try {
            downloads = Files.createTempDirectory("hub-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public static Browser withJavaScript() {
        return new Browser(true);
    }

    public static Browser withoutJavaScript() {
        return new Browser(false);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Clicks what leads to another page, and waits until that page has replaced this one. */
    public void go(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Signs in as a demo practitioner (any earlier session is forgotten first). */
    public void signIn(int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        go(By.cssSelector("button[type=submit]"));
    }

    public Path downloads() {
        return downloads;
    }

    /** A file downloaded into the browser's download folder, once it is complete. */
    public Path awaitDownload(String suffix, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + suffix + " downloaded into " + downloads);
    }

    /** axe-core's WCAG 2.2 A/AA violations on the current page, as "rule: target" lines. */
    public List<String> accessibilityViolations() throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(AXE));
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', nodes: [{target: [String(e)]}]}])));
                """);
        JsonNode violations = Api.JSON.readTree(result);
        return violations.valueStream().flatMap(v -> v.get("nodes").valueStream()
                .map(n -> v.get("id").stringValue() + ": " + n.get("target").toString())).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
