package org.briefing.quality;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its chromedriver, both named explicitly so Selenium
 * Manager never looks for (or downloads) a browser. Usage:
 * {@code Chromium.requireInstalled(); ChromeDriver d = Chromium.launch(profileDir, true);}
 */
final class Chromium {
    /** Debian's paths (apt-get install chromium chromium-driver); override with these variables. */
    static final Path BROWSER = Path.of(envOr("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(envOr("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final String INSTALL_HINT = "install with: apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    /**
     * Skips the calling test when Chromium or its driver is missing, except on CI (CI=true), where a
     * missing browser must fail the run rather than let the browser tests pass unseen.
     */
    static void requireInstalled() {
        boolean installed = installed();
        String message = "Chromium (" + BROWSER + ") or chromedriver (" + DRIVER + ") is missing; " + INSTALL_HINT;
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.assumeTrue(installed, message);
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** A fresh headless browser with its own profile in {@code profile}, scripts on or off. */
    static ChromeDriver launch(Path profile, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Console messages at SEVERE (errors, failed loads, CSP violations) since the last call. */
    static List<String> consoleErrors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * Emulates a device of the given CSS width (a phone when narrow) and colour scheme, as the
     * browser would report it to media queries; {@code media} is "screen" or "print".
     */
    static void emulate(ChromeDriver driver, int width, String scheme, String media) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", width < 600 ? 812 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Opens a page of the built site and returns once its stylesheet ({@code assets/site.css}) is
     * loaded and parsed, so that what a test measures (widths, contrast, screenshots) is the
     * styled page. Now and then Chromium gets no stylesheet from the test server and lays the page
     * out unstyled; the page is then loaded again (said on standard error), three times at most.
     */
    static void open(ChromeDriver driver, String url) {
        for (int load = 1; load <= 3; load++) {
            driver.get(url);
            Object styled = driver.executeScript("""
                    return [...document.styleSheets].some(s => s.href && s.href.endsWith('/assets/site.css')
                      && s.cssRules.length > 0);
                    """);
            if (Boolean.TRUE.equals(styled)) {
                return;
            }
            System.err.println("the stylesheet did not apply to " + url + " (load " + load + ")");
        }
        fail("the stylesheet did not apply to " + url + " in three loads");
    }

    /**
     * A screenshot of the whole page (not only the viewport), written as PNG to {@code file}. The
     * page's size is asked for first and given as the clip: right after a navigation Chromium can
     * still report a content width of 0, and a capture then fails ("Cannot take screenshot with 0
     * width"), so the size is asked again until the page has one.
     */
    static void screenshot(ChromeDriver driver, Path file) {
        Map<?, ?> size = Map.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; ) {
            size = (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            if (((Number) size.get("width")).doubleValue() > 0 && ((Number) size.get("height")).doubleValue() > 0) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as the browser prints it (A4, print stylesheet), written as PDF to {@code file}. */
    static void printToPdf(ChromeDriver driver, Path file) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
