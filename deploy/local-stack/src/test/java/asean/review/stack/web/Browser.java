package asean.review.stack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), as a person uses the pages: it
 * can check a page with axe-core, save a screenshot under {@code target/screenshots}, and be narrowed to a phone.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(360, 780);
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> REFUSED_IMPACTS = List.of("serious", "critical");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser whose user reads Vietnamese first, as the ministries' officers do. */
    public static Browser open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=vi", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String dataTest) {
        return driver.findElement(By.cssSelector("[data-test='" + dataTest + "']"));
    }

    public boolean has(String dataTest) {
        return !driver.findElements(By.cssSelector("[data-test='" + dataTest + "']")).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A wait that looks again when the page it read was replaced meanwhile (a navigation, an htmx swap). */
    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The names of every cookie the browser holds, of every site. */
    @SuppressWarnings("unchecked")
    public List<String> cookieNames() {
        Map<String, Object> all = driver.executeCdpCommand("Network.getAllCookies", Map.of());
        return ((List<Map<String, Object>>) all.get("cookies")).stream().map(cookie -> (String) cookie.get("name"))
                .distinct().toList();
    }

    /** Deletes the cookies named {@code name} of every site, as their expiry would. */
    @SuppressWarnings("unchecked")
    public void deleteCookieEverywhere(String name) {
        Map<String, Object> all = driver.executeCdpCommand("Network.getAllCookies", Map.of());
        for (Map<String, Object> cookie : (List<Map<String, Object>>) all.get("cookies")) {
            if (name.equals(cookie.get("name"))) {
                driver.executeCdpCommand("Network.deleteCookies", Map.of("name", name,
                        "domain", cookie.get("domain"), "path", cookie.get("path")));
            }
        }
    }

    /** What {@code url} answers to this browser, its cookies included, as a download would get it. */
    public byte[] download(String url) {
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                    .then(response => response.ok ? response.blob() : Promise.reject(response.status))
                    .then(blob => { const reader = new FileReader();
                                    reader.onload = () => done(reader.result.split(',')[1]);
                                    reader.readAsDataURL(blob); })
                    .catch(status => done('failed: ' + status));
                """, url);
        assertThat(base64).as("downloading %s", url).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Saves what the page looks like as {@code target/screenshots/<name>.png}, at the desktop width and at 360 px,
     * where nothing may stick out sideways; the window is left at the desktop width.
     */
    public void screenshots(String name) {
        screenshot(name + "-desktop");
        resize(PHONE);
        try {
            Number overflow = (Number) script("return document.documentElement.scrollWidth - window.innerWidth;");
            screenshot(name + "-360px");
            assertThat(overflow.intValue()).as("%s scrolls sideways at 360 px by", name).isLessThanOrEqualTo(0);
        } finally {
            resize(DESKTOP);
        }
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), wholePage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page as a PNG, below the fold included, as a person scrolling would read it. */
    @SuppressWarnings("unchecked")
    private byte[] wholePage() {
        Map<String, Object> content = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", content.get("width"),
                        "height", content.get("height"), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Runs axe-core on the page; a serious or critical violation fails the test, each listed with its elements. */
    public void checkAccessibility(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> refused = results.getViolations().stream()
                .filter(rule -> REFUSED_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(refused).as("serious or critical axe-core violations on %s (%s):%n%s", page, url(),
                refused.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> node.getTarget().toString())
                                .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
