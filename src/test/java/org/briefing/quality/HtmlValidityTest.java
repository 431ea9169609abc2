package org.briefing.quality;

import org.briefing.Hardening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the built briefing, and its stylesheet, passes the Nu Html Checker without errors. */
@Hardening
class HtmlValidityTest {

    @Test
    void everyPageOfTheBuiltSiteIsValidHtml(@TempDir Path dir) {
        BuiltSite site = BuiltSite.build(dir.resolve("site"), "https://example.org/briefing/");
        assertTrue(site.pages().size() >= 3, () -> "too few pages to mean anything: " + site.pages());
        assertTrue(site.pages().contains("404.html") && site.pages().contains("sources/index.html"),
                () -> "the 404 page and the bibliography must be checked too: " + site.pages());

        NuChecker checker = new NuChecker();
        List<String> errors = new ArrayList<>();
        for (String page : site.pages()) {
            for (String error : checker.htmlErrors(site.dir().resolve(page))) {
                errors.add("site/" + page + ":" + error);
            }
        }
        assertEquals(List.of(), errors, "Nu Html Checker errors");
    }

    @Test
    void theStylesheetIsValidCss(@TempDir Path dir) {
        BuiltSite site = BuiltSite.build(dir.resolve("site"), "https://example.org/briefing/");
        assertEquals(List.of(), new NuChecker().cssErrors(site.dir().resolve("assets/site.css")),
                "Nu Html Checker CSS errors");
    }

    /** Guards the check itself: a checker that never reports anything would pass every site. */
    @Test
    void theCheckerReportsInvalidMarkupWithItsPosition(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>t</title></head>
                <body><p><div>block in a paragraph's place</div><span id="x"></span><span id="x"></span>
                <img src="a.png"></body></html>
                """);
        List<String> errors = new NuChecker().htmlErrors(bad);
        assertFalse(errors.isEmpty(), "the checker found nothing in invalid markup");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("3:") && e.contains("Duplicate ID")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("4:") && e.contains("alt")), errors::toString);
    }

    @Test
    void theCheckerReportsInvalidCss(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.css");
        Files.writeString(bad, "p { color: red; }\nh1 { colr: blue; margin: 1rem 2rem 3rem 4rem 5rem; }\n");
        List<String> errors = new NuChecker().cssErrors(bad);
        assertTrue(errors.stream().anyMatch(e -> e.contains("“colr”")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("“margin”")), errors::toString);
    }
}
