package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.briefing.build.BuildResult;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random Markdown, YAML and Unicode, biased towards what matters to their parsers and to HTML: a
 * build either succeeds with nothing live in the output ({@link LiveContent}), or fails with
 * positioned diagnostics, writes nothing and leaves no staging folder; it never throws. Inputs
 * come from seeded generators (the seed is in each test's name), so every failure reproduces.
 */
@Hardening
class RandomContentTest {
    private static final List<String> MARKDOWN = List.of("a", "word ", " ", "\n", "\n\n", "\t", "[", "]", "(", ")",
            "<", ">", "`", "```", "*", "_", "#", "# ", "- ", "1. ", "> ", "|", "|---|", "[@", "[@s", "[@s]", "; @s",
            ", p. 4", "[^", "[^n]", "[^n]: ", "]: ", "!", "![", "&#", "&#x6A;", "&tab;", ";", ":", "javascript:",
            "JaVa\tScRiPt:", "data:", "http://example.org/", "mailto:a@b", "<script>", "<img src=x onerror=alert(1)>",
            "\" onmouseover=\"", "'", "${", "}", "<#", "</#", "@", "\\", "other.md", "../", "/", "#top", "---",
            "\uE000", "\uE001", "\uE002", "\u0001", "\u0002", "\u0003", "\u0004", "\u0000", "\r", "\u202E",
            "한", "İ");
    private static final List<String> YAML = List.of("a", "b", ":", ": ", " ", "  ", "\n", "- ", "[", "]", "{", "}",
            ",", "&x ", "*x", "!!str ", "!!binary ", "!tag ", "|", ">", "'", "\"", "#", "---", "...", "? ", "\t", "%YAML 1.2",
            "<<: ", "1", "1.5", "true", "null", "~", "2024-10-18", "title", "id", "url: ", "javascript:alert(1)",
            "<script>", "${x}", "\\", "\\u0000", "\u0000", "\uFEFF", "\uE002", "\u0003", "é", "\r\n");

    @TempDir
    Path tmp;

    private static String random(Random r, List<String> parts, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            b.append(parts.get(r.nextInt(parts.size())));
        }
        return b.toString();
    }

    /** Any code point, surrogates and controls included: what a careless editor might save. */
    private static String unicode(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            int c = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x110000);
            b.appendCodePoint(c >= 0xD800 && c < 0xE000 ? '?' : c);
        }
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> anyMarkdownBuildsOrIsReported() {
        return IntStream.range(0, 120).mapToObj(seed -> DynamicTest.dynamicTest("markdown seed " + seed, () -> {
            String body = random(new Random(seed), MARKDOWN, 80);
            buildAndCheck(site -> site
                    .file("content/index.md", "---\ntitle: Random\nlayout: page\n---\n" + body)
                    .file("content/other.md", "---\ntitle: Other\nlayout: page\n---\n# Top\n\n" + body)
                    .file("content/sources.yaml", "- id: s\n  title: S\n  publisher: P\n  date: 2024\n  kind: news\n"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> anyYamlBuildsOrIsReported() {
        return IntStream.range(0, 120).mapToObj(seed -> DynamicTest.dynamicTest("yaml seed " + seed, () -> {
            Random r = new Random(seed);
            String a = random(r, YAML, 60);
            String b = random(r, YAML, 60);
            buildAndCheck(site -> site
                    .file("content/index.md", "---\ntitle: Random\nlayout: page\n" + a + "\n---\nText.\n")
                    .file("content/sources.yaml", b)
                    .file("content/facts/random.yaml", a + "\n" + b)
                    .file("content/schemas/random.schema.json", "{\"type\": \"object\"}"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> anyUnicodeInTitlesAndBodiesBuildsOrIsReported() {
        return IntStream.range(0, 50).mapToObj(seed -> DynamicTest.dynamicTest("unicode seed " + seed, () -> {
            Random r = new Random(seed);
            String title = unicode(r, 40);
            String body = unicode(r, 400);
            buildAndCheck(site -> site
                    .file("content/index.md", "---\ntitle: " + TestSite.yaml(title) + "\nlayout: page\n---\n" + body));
        }));
    }

    private void buildAndCheck(UnaryOperator<TestSite> content) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "site");
        TestSite site = content.apply(TestSite.in(dir));
        BuildResult r = site.build();
        for (Diagnostic d : r.diagnostics()) {
            assertFalse(d.message().startsWith("internal error"), d.toText());
            assertTrue(d.path().startsWith("content") || d.path().startsWith("templates"), d.toText());
            assertTrue(d.line() >= 1 && d.column() >= 1, d.toText());
        }
        if (r.hasErrors()) {
            assertFalse(Files.exists(site.site()), "a failed build writes nothing");
        } else {
            assertEquals(List.of(), LiveContent.in(site.site()));
        }
        assertFalse(Files.exists(dir.resolve(".site.partial")), "no staging folder is left behind");
    }
}
