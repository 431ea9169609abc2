package org.briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built briefing in a real browser (headless Chromium), served under a sub-path as on GitHub
 * Pages: citations and back-links land where they should, note previews open and close, every nav
 * link works, axe-core finds no WCAG 2.2 A/AA violation, nothing logs an error, pages work with
 * JavaScript off and fit a 320 px screen. Screenshots land in target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserIT {
    private static final String PREFIX = "/briefing/";
    private static final String MARKER = "a[role='doc-noteref']";
    private static final Path WORK = BuiltSite.projectRoot().resolve("target/browser-it");
    private static final Path SCREENSHOTS = BuiltSite.projectRoot().resolve("target/screenshots");

    private SiteServer server;
    private BuiltSite site;
    private ChromeDriver driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startBrowserAndServer() throws IOException {
        if (!Chromium.installed()) {
            return; // each test then reports itself skipped (or, on CI, failed) in desktopLightScreen()
        }
        deleteRecursively(WORK);
        server = SiteServer.start(PREFIX);
        // The site's base_url is the server's own address, so absolute links (the 404 page's) resolve here.
        site = BuiltSite.build(WORK.resolve("site"), server.url(""));
        server.serve(site.dir());
        driver = Chromium.launch(Files.createDirectories(WORK.resolve("profile-js")), true);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void desktopLightScreen() {
        Chromium.requireInstalled();
        Chromium.emulate(driver, 1280, "light", "screen");
        Chromium.consoleErrors(driver); // drop what earlier tests left
    }

    @Test
    void aMarkerLeadsToItsNoteAndTheBackLinkLeadsBack() {
        int checked = 0;
        for (String page : pagesWithMarkers()) {
            Chromium.open(driver, url(page));
            List<WebElement> markers = driver.findElements(By.cssSelector(MARKER));
            for (WebElement marker : List.of(markers.get(0), markers.get(markers.size() - 1))) {
                String refId = marker.getAttribute("id");
                String noteId = marker.getDomAttribute("href").substring(1);
                marker.click();
                wait(driver).until(ExpectedConditions.urlContains("#" + noteId));
                assertEquals(noteId, targetId(), page + ": the note is not the :target after clicking " + refId);
                WebElement note = driver.findElement(By.id(noteId));
                assertTrue(inViewport(note), page + ": " + noteId + " is not in view after clicking " + refId);

                closePreview();
                note.findElement(By.cssSelector("a[role='doc-backlink'][href='#" + refId + "']")).click();
                wait(driver).until(ExpectedConditions.urlContains("#" + refId));
                assertEquals(refId, targetId(), page + ": the back-link of " + noteId + " does not target " + refId);
                assertTrue(inViewport(driver.findElement(By.id(refId))), page + ": " + refId + " is not in view");
                checked++;
            }
        }
        assertTrue(checked >= 4, "too few markers checked: " + checked);
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void hoveringAMarkerPreviewsItsNoteAndEscapeClosesIt() {
        Chromium.open(driver, url(pagesWithMarkers().get(0)));
        WebElement marker = driver.findElement(By.cssSelector(MARKER));
        WebElement note = driver.findElement(By.id(marker.getDomAttribute("href").substring(1)));

        // From the heading to the marker: the pointer may still rest where the last test left it.
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).moveToElement(marker).perform();
        WebElement popup = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("note-preview")));
        assertEquals("tooltip", popup.getDomAttribute("role"));
        assertEquals("note-preview", marker.getDomAttribute("aria-describedby"));
        String cite = note.findElement(By.tagName("cite")).getText();
        assertTrue(popup.getText().contains(cite), () -> "the preview does not show the note: " + popup.getText());
        assertTrue(popup.findElements(By.cssSelector("[role='doc-backlink'], .backlinks, [id]")).isEmpty(),
                "the preview must not copy back-links or ids");
        assertTrue(popup.getRect().getY() >= marker.getRect().getY()
                        && popup.getRect().getY() - (marker.getRect().getY() + marker.getRect().getHeight()) < 24,
                "the preview is not next to its marker");
        Chromium.screenshot(driver, SCREENSHOTS.resolve("preview-1280.png"));
        // A full-page capture resizes the viewport for a moment, which can move the pointer off the
        // marker as far as the page knows: put it back before testing Escape.
        new Actions(driver).moveToElement(marker).perform();
        wait(driver).until(ExpectedConditions.visibilityOf(popup));

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait(driver).until(ExpectedConditions.invisibilityOf(popup));
        assertNull(marker.getDomAttribute("aria-describedby"));

        // Leaving the marker and coming back shows it again; leaving it for good closes it.
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).moveToElement(marker).perform();
        wait(driver).until(ExpectedConditions.visibilityOf(popup));
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        wait(driver).until(ExpectedConditions.invisibilityOf(popup));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void onAPhoneThePreviewStaysOnScreen() {
        Chromium.emulate(driver, 320, "light", "screen");
        Chromium.open(driver, url(pagesWithMarkers().get(0)));
        List<WebElement> markers = driver.findElements(By.cssSelector(MARKER));
        for (WebElement marker : List.of(markers.get(0), markers.get(markers.size() - 1))) {
            driver.executeScript("arguments[0].focus()", marker);
            WebElement popup = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("note-preview")));
            Object fits = driver.executeScript("""
                    const r = arguments[0].getBoundingClientRect();
                    return r.left >= 0 && r.right <= document.documentElement.clientWidth;
                    """, popup);
            assertEquals(Boolean.TRUE, fits, "the preview sticks out of a 320 px screen");
        }
        Chromium.screenshot(driver, SCREENSHOTS.resolve("preview-320.png"));
    }

    @Test
    void theKeyboardReachesAMarkerWhoseFocusShowsThePreview() {
        Chromium.open(driver, url(pagesWithMarkers().get(0)));
        WebElement focused = null;
        for (int i = 0; i < 100 && focused == null; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if ("doc-noteref".equals(active.getDomAttribute("role"))) {
                focused = active;
            }
        }
        assertTrue(focused != null, "no citation marker is reachable with Tab");
        WebElement popup = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("note-preview")));
        assertEquals("note-preview", focused.getDomAttribute("aria-describedby"));
        Chromium.screenshot(driver, SCREENSHOTS.resolve("preview-focus-1280.png"));

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait(driver).until(ExpectedConditions.invisibilityOf(popup));

        focused.sendKeys(Keys.SHIFT, Keys.TAB); // back to the element before the first marker: a blur
        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait(driver).until(ExpectedConditions.visibilityOf(popup));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        wait(driver).until(ExpectedConditions.invisibilityOf(popup));
        assertNull(focused.getDomAttribute("aria-describedby"));
    }

    @Test
    void theFirstTabShowsTheSkipLinkWhichLeadsToTheMainContent() {
        Chromium.open(driver, url(pagesWithMarkers().get(0)));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("skip-link", skip.getDomAttribute("class"));
        assertTrue(inViewport(skip) && skip.getRect().getWidth() > 0, "the focused skip link is not on screen");
        assertTrue(skip.getCssValue("outline-style").equals("solid"), "the focused skip link shows no focus ring");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait(driver).until(ExpectedConditions.urlContains("#main"));
        assertEquals("main", targetId());
        assertEquals(1, driver.findElements(By.cssSelector("main#main")).size());
        assertEquals(1, driver.findElements(By.cssSelector("body > header nav[aria-label]")).size());
        assertEquals(1, driver.findElements(By.cssSelector("body > footer")).size());
    }

    @Test
    void everyNavLinkOnEveryPageLoadsAPageWithAHeading() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        for (String page : site.pages()) {
            Chromium.open(driver, url(page));
            List<String> links = new ArrayList<>();
            for (WebElement a : driver.findElements(By.cssSelector("header nav a"))) {
                links.add(a.getDomProperty("href"));
            }
            if (links.size() < 2) {
                problems.add(page + ": only " + links.size() + " nav links");
            }
            for (String link : links) {
                if (!link.startsWith(server.url(""))) {
                    problems.add(page + ": nav link leaves the site: " + link);
                    continue;
                }
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Document doc = Jsoup.parse(response.body(), link);
                if (response.statusCode() != 200 || doc.selectFirst("h1") == null) {
                    problems.add(page + ": " + link + " answered " + response.statusCode() + " with no h1?");
                }
                targets.add(link);
            }
        }
        // And through the browser: follow each distinct nav target by clicking it, from the page before.
        List<String> ordered = new ArrayList<>(targets);
        for (int i = 0; i < ordered.size(); i++) {
            driver.get(ordered.get((i + ordered.size() - 1) % ordered.size()));
            String target = ordered.get(i);
            driver.findElements(By.cssSelector("header nav a")).stream()
                    .filter(a -> target.equals(a.getDomProperty("href"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no nav link to " + target)).click();
            wait(driver).until(ExpectedConditions.urlToBe(target));
            if (driver.findElement(By.tagName("h1")).getText().isBlank()) {
                problems.add(target + ": empty h1");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void axeFindsNoWcagViolationOnAnyPageInLightDarkAndPhoneLayouts() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        String[][] setups = {{"1280", "light"}, {"1280", "dark"}, {"375", "light"}, {"375", "dark"}};
        for (String[] setup : setups) {
            Chromium.emulate(driver, Integer.parseInt(setup[0]), setup[1], "screen");
            for (String page : site.pages()) {
                Chromium.open(driver, url(page));
                List<String> found = Axe.violations(driver);
                if (!found.isEmpty()) {
                    violations.put(page + " @" + setup[0] + "px " + setup[1], found);
                }
            }
        }
        assertEquals(Map.of(), violations, "axe-core " + Axe.VERSION + " violations (tags " + Axe.TAGS + ")");
    }

    /** Guards the check itself: axe must report a page that is plainly inaccessible. */
    @Test
    void axeReportsAnInaccessiblePage() throws IOException {
        Files.createDirectories(site.dir().resolve("guard"));
        Files.writeString(site.dir().resolve("guard/axe.html"), """
                <!DOCTYPE html><html><head><title>guard</title></head>
                <body><img src="x.png"><p style="color:#ccc;background:#fff">faint</p></body></html>
                """);
        driver.get(server.url("guard/axe.html"));
        List<String> found = Axe.violations(driver);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("html-has-lang")), found::toString);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("color-contrast")), found::toString);
    }

    @Test
    void noPageLogsAConsoleError() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String page : site.pages()) {
            Chromium.open(driver, url(page));
            driver.findElements(By.cssSelector(MARKER)).stream().findFirst()
                    .ifPresent(m -> new Actions(driver).moveToElement(m).perform());
            List<String> found = Chromium.consoleErrors(driver);
            if (!found.isEmpty()) {
                errors.put(page, found);
            }
        }
        assertEquals(Map.of(), errors);
        // Guards the check itself: an error must be seen.
        driver.executeScript("console.error('guard: console errors are captured')");
        assertTrue(Chromium.consoleErrors(driver).stream().anyMatch(e -> e.contains("guard: console errors")));
    }

    @Test
    void withoutJavaScriptAMarkerStillReachesItsNote() throws IOException {
        ChromeDriver plain = Chromium.launch(Files.createDirectories(WORK.resolve("profile-nojs")), false);
        try {
            String page = pagesWithMarkers().get(0);
            plain.get(url(page));
            WebElement marker = plain.findElement(By.cssSelector(MARKER));
            String noteId = marker.getDomAttribute("href").substring(1);
            new Actions(plain).moveToElement(marker).perform();
            assertTrue(plain.findElements(By.id("note-preview")).isEmpty(), "notes.js ran: JavaScript is not off");
            marker.click();
            wait(plain).until(ExpectedConditions.urlContains("#" + noteId));
            WebElement note = plain.findElement(By.id(noteId));
            assertTrue(note.isDisplayed());
            long top = note.getRect().getY();
            long scrolled = ((Number) plain.executeScript("return window.scrollY")).longValue();
            assertTrue(scrolled > 0 && top - scrolled < 900, "the note is not scrolled into view");
            plain.findElement(By.cssSelector("#" + noteId + " a[role='doc-backlink']")).click();
            wait(plain).until(ExpectedConditions.urlContains("#" + marker.getDomAttribute("id")));
        } finally {
            plain.quit();
        }
    }

    @Test
    void everyPageFitsA320PixelScreenWithoutSidewaysScrolling() {
        Chromium.emulate(driver, 320, "light", "screen");
        Map<String, Object> overflowing = new LinkedHashMap<>();
        for (String page : site.pages()) {
            Chromium.open(driver, url(page));
            // Both measures allow the same pixel of rounding: a box ending at 320.5 px makes the
            // page's scroll width 321 and was reported with nothing listed as sticking out.
            Object wide = driver.executeScript("""
                    const width = document.documentElement.clientWidth;
                    if (document.documentElement.scrollWidth <= width + 1) return null;
                    return [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
                      .slice(0, 5).map(e => e.tagName + '.' + e.className);
                    """);
            if (wide != null) {
                overflowing.put(page, wide);
            }
        }
        assertEquals(Map.of(), overflowing, "pages wider than a 320 px screen (and what sticks out)");
    }

    @Test
    void printHidesTheFrameSpellsOutExternalLinksAndStaysLight() throws IOException {
        Chromium.emulate(driver, 1280, "dark", "print");
        Chromium.open(driver, url(pagesWithMarkers().get(0)));
        for (String hidden : List.of(".skip-link", "header nav", ".site-footer")) {
            assertEquals("none", driver.findElement(By.cssSelector(hidden)).getCssValue("display"), hidden);
        }
        assertEquals("block", driver.findElement(By.id("endnotes")).getCssValue("display"));
        assertEquals("rgba(255, 255, 255, 1)", driver.findElement(By.tagName("body")).getCssValue("background-color"));
        Object after = driver.executeScript("""
                const a = document.createElement('a');
                a.href = 'https://example.org/report';
                a.textContent = 'a report';
                document.querySelector('main').appendChild(a);
                return getComputedStyle(a, '::after').content;
                """);
        assertEquals("\" (https://example.org/report)\"", after);
        driver.navigate().refresh();
        Path pdf = SCREENSHOTS.resolve(slug(pagesWithMarkers().get(0)) + "-print.pdf");
        Chromium.printToPdf(driver, pdf);
        assertTrue(Files.size(pdf) > 10_000, "the printed PDF is empty");
    }

    @Test
    void theNotFoundPageIsStyledAtAnyDepth() throws Exception {
        String missing = server.url("no/such/page/");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(missing)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        driver.get(missing);
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        // The stylesheet loaded (its accent rule tops the header) and the home link leads home.
        assertEquals("4px", driver.findElement(By.cssSelector(".site-header")).getCssValue("border-top-width"));
        driver.findElement(By.cssSelector(".site-title a")).click();
        wait(driver).until(ExpectedConditions.urlToBe(server.url("")));
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidths() {
        for (int width : new int[] {375, 1280}) {
            for (String scheme : List.of("light", "dark")) {
                Chromium.emulate(driver, width, scheme, "screen");
                for (String page : site.pages()) {
                    if (scheme.equals("dark") && !page.equals(pagesWithMarkers().get(0))) {
                        continue; // one dark page per width is enough to look at
                    }
                    Chromium.open(driver, url(page));
                    String suffix = scheme.equals("light") ? "" : "-dark";
                    Chromium.screenshot(driver, SCREENSHOTS.resolve(slug(page) + "-" + width + suffix + ".png"));
                }
            }
        }
        assertTrue(Files.isRegularFile(SCREENSHOTS.resolve("index-375.png")));
        assertTrue(Files.isRegularFile(SCREENSHOTS.resolve("index-1280.png")));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private String url(String page) {
        return server.url(page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page);
    }

    private static String slug(String page) {
        String s = page.replace("/index.html", "").replace(".html", "");
        return s.equals("index") ? "index" : s.replace('/', '-');
    }

    private List<String> pagesWithMarkers() {
        List<String> pages = site.pages().stream()
                .filter(p -> read(site.dir().resolve(p)).contains("role=\"doc-noteref\""))
                .sorted((a, b) -> Boolean.compare(!a.startsWith("deployment/"), !b.startsWith("deployment/")))
                .toList();
        assertFalse(pages.isEmpty(), "no page has a citation marker");
        return pages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String targetId() {
        return (String) driver.executeScript("const t = document.querySelector(':target'); return t ? t.id : null;");
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.bottom > 0 && r.top >= -1 && r.top < window.innerHeight;
                """, element);
    }

    private void closePreview() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
