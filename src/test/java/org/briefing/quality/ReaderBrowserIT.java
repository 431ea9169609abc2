package org.briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.cite.PageCitationTest;
import org.jbibtex.BibTeXEntry;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What readers do with the briefing beyond reading it, in headless Chromium: search it (from the
 * header box, with the keyboard, landing on the section), look at its charts (labelled, axe-clean,
 * the fact files' numbers), cite a page (the BibTeX, RIS and CSL-JSON files read back), and use the
 * {@code --offline} build opened from {@code file://} (navigation, a citation and its back-link, search).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserIT {
    private static final String PREFIX = "/briefing/";
    private static final Path WORK = BuiltSite.projectRoot().resolve("target/reader-it");

    private SiteServer server;
    private BuiltSite site;
    private Path offline;
    private ChromeDriver driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void build() throws IOException {
        if (!Chromium.installed()) {
            return;
        }
        deleteRecursively(WORK);
        server = SiteServer.start(PREFIX);
        site = BuiltSite.build(WORK.resolve("site"), server.url(""));
        server.serve(site.dir());
        offline = WORK.resolve("offline");
        BuildResult result = new Build().run(new BuildOptions(BuiltSite.projectRoot(), offline, null, null,
                false, true, null).withOffline(true));
        assertFalse(result.hasErrors(), () -> "the offline build failed: " + result.diagnostics());
        driver = Chromium.launch(Files.createDirectories(WORK.resolve("profile")), true);
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
    void desktop() {
        Chromium.requireInstalled();
        Chromium.emulate(driver, 1280, "light", "screen");
        Chromium.consoleErrors(driver);
    }

    // ---- search ---------------------------------------------------------------------------------

    @Test
    void theHeaderBoxSearchesAndAResultLandsOnItsSection() {
        driver.get(server.url("deployment/"));
        searchFromHeader("Zelensky");
        wait(driver).until(ExpectedConditions.urlContains("search/?q=Zelensky"));
        List<WebElement> results = waitForResults();
        WebElement region = driver.findElement(By.cssSelector("[aria-live]"));
        assertEquals("polite", region.getDomAttribute("aria-live"));
        assertTrue(region.findElement(By.id("search-status")).getText().matches("\\d+ results? for “Zelensky”.*"),
                region.getText());
        for (WebElement r : results) {
            assertFalse(r.findElement(By.cssSelector(".search-page")).getText().isBlank());
            assertEquals("zelensky", r.findElement(By.tagName("mark")).getText().toLowerCase(Locale.ROOT), r.getText());
        }

        // With the keyboard only: from the box, Tab to the first result that names a section, Enter.
        WebElement input = driver.findElement(By.id("search-q"));
        input.click();
        String href = null;
        for (int i = 0; i < 30 && href == null; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            String h = active.getDomAttribute("href");
            if ("a".equals(active.getTagName()) && h != null && h.contains("#") && active.findElements(By.cssSelector(".search-section")).size() == 1) {
                href = h;
            }
        }
        assertTrue(href != null, "no result with a section is reachable with Tab");
        String anchor = href.substring(href.indexOf('#') + 1);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait(driver).until(ExpectedConditions.urlContains("#" + anchor));
        assertEquals(anchor, driver.executeScript("const t = document.querySelector(':target'); return t ? t.id : null;"));
        assertTrue((Boolean) driver.executeScript("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= -1 && r.top < window.innerHeight;", anchor), anchor + " is not in view");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void searchFindsNumbersWrittenWithOrWithoutCommasAndSaysWhenNothingMatches() {
        driver.get(server.url("search/?q=12000"));
        List<WebElement> results = waitForResults();
        assertTrue(results.stream().anyMatch(r -> r.findElements(By.tagName("mark")).stream()
                .anyMatch(m -> m.getText().equals("12,000"))), "12000 does not find 12,000");
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("qqqzzzxxx ");
        wait(driver).until(ExpectedConditions.textToBe(By.id("search-status"), "No results for “qqqzzzxxx”."));
        assertEquals(0, driver.findElements(By.cssSelector("#search-results li")).size());
    }

    @Test
    void withoutJavaScriptThereIsNoBoxAndTheSearchPageSaysWhy() throws IOException {
        ChromeDriver plain = Chromium.launch(Files.createDirectories(WORK.resolve("profile-nojs")), false);
        try {
            plain.get(server.url(""));
            assertFalse(plain.findElement(By.cssSelector("form.site-search")).isDisplayed());
            plain.get(server.url("search/"));
            assertFalse(plain.findElement(By.id("search-form")).isDisplayed());
            assertTrue(plain.findElement(By.cssSelector(".search-needs-js")).isDisplayed());
        } finally {
            plain.quit();
        }
    }

    // ---- charts ---------------------------------------------------------------------------------

    @Test
    void eachContestedFigureIsChartedWithTheFactFilesNumbersNextToItsTable() throws IOException {
        JsonNode facts = new YAMLMapper().readTree(BuiltSite.projectRoot().resolve("content/facts/deployment.yaml").toFile());
        driver.get(server.url(""));
        int charted = 0;
        for (JsonNode figure : facts.get("figures")) {
            String id = "chart-" + figure.get("id").asString();
            WebElement svg = driver.findElement(By.cssSelector("svg[aria-labelledby='" + id + "-title " + id + "-desc']"));
            assertEquals("img", svg.getDomAttribute("role"));
            assertEquals(figure.get("label").asString(), driver.findElement(By.id(id + "-title")).getAttribute("textContent"));
            String desc = driver.findElement(By.id(id + "-desc")).getAttribute("textContent");
            List<String> labels = texts(svg, ".chart-value");
            List<String> standings = texts(svg, ".chart-standing");
            List<WebElement> bars = svg.findElements(By.cssSelector("rect.chart-bar"));
            assertEquals(figure.get("values").size(), labels.size());
            for (int i = 0; i < labels.size(); i++) {
                JsonNode v = figure.get("values").get(i);
                String number = String.format(Locale.ROOT, "%,d", v.get("value").asLong());
                String expected = (v.get("approximate").asBoolean() ? "about " : "") + number + " " + figure.get("unit").asString();
                assertEquals(expected, labels.get(i));
                assertTrue(standings.get(i).startsWith(v.get("status").asString()), standings.get(i));
                assertTrue(desc.contains(v.get("claimant").asString() + ": " + expected), desc);
                assertEquals(v.get("approximate").asBoolean(), bars.get(i).getDomAttribute("class").contains("chart-approximate"));
            }
            // The table with the same figures sits in the same section as the chart.
            WebElement section = svg.findElement(By.xpath("ancestor::section[1]"));
            assertFalse(section.findElements(By.cssSelector("table.figures")).isEmpty());
            charted++;
        }
        assertEquals(facts.get("figures").size(), charted);
        // Figures in the same unit share a scale: bar width over value is one number for every bar.
        List<Double> perUnit = new ArrayList<>();
        for (JsonNode figure : facts.get("figures")) {
            String id = "chart-" + figure.get("id").asString();
            List<WebElement> bars = driver.findElements(By.cssSelector("svg[aria-labelledby^='" + id + "-title'] rect.chart-bar"));
            for (int i = 0; i < bars.size(); i++) {
                perUnit.add(Double.parseDouble(bars.get(i).getDomAttribute("width")) / figure.get("values").get(i).get("value").asLong());
            }
        }
        for (double p : perUnit) {
            assertEquals(perUnit.get(0), p, 1e-4, "bars are not on one scale: " + perUnit);
        }
    }

    @Test
    void theTimelineStripHasEveryEventWithItsDateAndIsAxeClean() throws IOException {
        JsonNode events = new YAMLMapper().readTree(BuiltSite.projectRoot().resolve("content/facts/timeline.yaml").toFile()).get("events");
        driver.get(server.url("timeline/"));
        WebElement svg = driver.findElement(By.cssSelector("svg.chart-timeline"));
        assertEquals("img", svg.getDomAttribute("role"));
        List<String> marks = texts(svg, "g.chart-event > title");
        assertEquals(events.size(), marks.size());
        for (int i = 0; i < events.size(); i++) {
            assertTrue(marks.get(i).startsWith((i + 1) + ". ") && marks.get(i).endsWith(": " + events.get(i).get("title").asString()),
                    marks.get(i));
        }
        List<WebElement> listed = driver.findElements(By.cssSelector("ol.timeline .event-number"));
        assertEquals(events.size(), listed.size());
        assertEquals("1.", listed.get(0).getText());
        for (String scheme : List.of("light", "dark")) {
            Chromium.emulate(driver, 375, scheme, "screen");
            for (String page : List.of("", "timeline/")) {
                driver.get(server.url(page));
                assertEquals(List.of(), Axe.violations(driver), page + " in " + scheme);
            }
        }
    }

    @Test
    void chartsFollowTheColourSchemeAndPrintInBlack() {
        driver.get(server.url("timeline/"));
        String light = (String) driver.executeScript("return getComputedStyle(document.querySelector('svg.chart .chart-key')).fill");
        Chromium.emulate(driver, 1280, "dark", "screen");
        String dark = (String) driver.executeScript("return getComputedStyle(document.querySelector('svg.chart .chart-key')).fill");
        Chromium.emulate(driver, 1280, "dark", "print");
        String print = (String) driver.executeScript("return getComputedStyle(document.querySelector('svg.chart .chart-bar')).fill");
        assertFalse(light.equals(dark), light + " in both schemes");
        assertEquals("rgb(0, 0, 0)", print);
    }

    // ---- cite this page -------------------------------------------------------------------------

    @Test
    void everyPageOffersItsCitationAndTheFilesReadBack() throws Exception {
        int checked = 0;
        for (String page : site.pages()) {
            if (page.equals("404.html") || page.startsWith("search/")) {
                continue;
            }
            String folder = page.substring(0, page.length() - "index.html".length());
            driver.get(server.url(folder));
            WebElement block = driver.findElement(By.cssSelector("section.cite-this"));
            assertTrue(block.findElement(By.cssSelector(".citation-text")).getText().contains(server.url(folder)),
                    page + ": the citation has no address");
            String base = server.url(folder);
            String bib = get(base + "cite.bib");
            BibTeXEntry entry = PageCitationTest.parseBibtex(bib).getEntries().values().iterator().next();
            assertEquals(driver.findElement(By.tagName("h1")).getText(),
                    PageCitationTest.latexToText(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()), page);
            assertEquals(List.of(), PageCitationTest.cslErrors(get(base + "cite.json")), page);
            String ris = get(base + "cite.ris");
            assertTrue(ris.startsWith("TY  - ELEC\n") && ris.endsWith("ER  - \n"), ris);
            for (WebElement a : block.findElements(By.cssSelector(".cite-downloads a"))) {
                assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(a.getDomProperty("href"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            checked++;
        }
        assertTrue(checked >= 5, "only " + checked + " pages checked");
    }

    // ---- the offline build from file:// ----------------------------------------------------------

    @Test
    void theOfflineBuildWorksOpenedFromDisk() {
        String home = offline.resolve("index.html").toUri().toString();
        driver.get(home);
        List<String> nav = new ArrayList<>();
        driver.findElements(By.cssSelector("header nav a")).forEach(a -> nav.add(a.getDomProperty("href")));
        assertTrue(nav.size() >= 3, nav::toString);
        for (String target : nav) {
            assertTrue(target.startsWith("file:") && target.endsWith("/index.html"), target);
            driver.get(home);
            driver.findElements(By.cssSelector("header nav a")).stream()
                    .filter(a -> target.equals(a.getDomProperty("href"))).findFirst().orElseThrow().click();
            wait(driver).until(ExpectedConditions.urlToBe(target));
            assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank(), target);
        }

        // A citation and its back-link.
        driver.get(offline.resolve("deployment/index.html").toUri().toString());
        WebElement marker = driver.findElement(By.cssSelector("a[role='doc-noteref']"));
        String noteId = marker.getDomAttribute("href").substring(1);
        marker.click();
        wait(driver).until(ExpectedConditions.urlContains("#" + noteId));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        WebElement note = driver.findElement(By.id(noteId));
        note.findElement(By.cssSelector("a[role='doc-backlink'][href='#" + marker.getDomAttribute("id") + "']")).click();
        wait(driver).until(ExpectedConditions.urlContains("#" + marker.getDomAttribute("id")));
        // The note's link to the bibliography leads to a page, not a folder listing.
        String sourceLink = note.findElement(By.cssSelector("a.source-entry")).getDomProperty("href");
        assertTrue(sourceLink.contains("/sources/index.html#"), sourceLink);

        // Search, from the header box, and follow a result.
        searchFromHeader("munitions");
        wait(driver).until(ExpectedConditions.urlContains("search/index.html?q=munitions"));
        WebElement first = waitForResults().get(0).findElement(By.tagName("a"));
        String target = first.getDomProperty("href");
        assertTrue(target.startsWith("file:") && target.contains("index.html"), target);
        first.click();
        wait(driver).until(ExpectedConditions.urlToBe(target));
        assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank());
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void searchFromHeader(String words) {
        WebElement box = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("site-search-q")));
        box.sendKeys(words, Keys.ENTER);
    }

    private List<WebElement> waitForResults() {
        wait(driver).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        return driver.findElements(By.cssSelector("#search-results li"));
    }

    private static List<String> texts(WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
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
