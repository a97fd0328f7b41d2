package jp.tsunagari;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its chromedriver; .ci/run installs both) for end-to-end tests. Tests are
 * skipped, not failed, on a machine without them.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(int port) {
        return open(port, new String[0]);
    }

    /** As {@link #open(int)}, with more Chromium switches (benchmarks: no background throttling). */
    public static Browser open(int port, String... switches) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US",
                // WebGL (the network diagrams' sigma.js) in software: headless Chromium has no GPU here.
                "--enable-unsafe-swiftshader");
        options.addArguments(switches);
        // The page's console (errors of our elements included), for consoleLog().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    /** Logs in through the login page, starting from no session. */
    public void login(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        WebElement user = waitFor(By.cssSelector("input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits until the page's visible text contains {@code text}, and returns the whole text. */
    public String waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> bodyText().contains(text));
        return bodyText();
    }

    public String bodyText() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "const all = []; const walk = (n) => { if (n.shadowRoot) walk(n.shadowRoot);"
                        + " n.childNodes.forEach(c => c.nodeType === 3 ? all.push(c.textContent) : walk(c)); };"
                        + " walk(document.body); return all.join(' ');"));
    }

    /** The texts of the cells of every Vaadin grid on the page, in document order. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> gridCells() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim());");
    }

    /** Waits until some grid cell reads exactly {@code text}. */
    public void waitForGridCell(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gridCells().contains(text));
    }

    /** The page's console messages since the last call (chromedriver's "browser" log), one a line. */
    public String consoleLog() {
        StringBuilder out = new StringBuilder();
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(entry -> out.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
        return out.toString();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
