package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.briefing.build.BuildResult;
import org.briefing.diag.Diagnostic;

/**
 * Random Markdown and YAML, biased towards the characters that matter to their parsers: a build
 * either succeeds with nothing live in the output, or returns diagnostics with positions; it never
 * throws and never reports an internal error.
 */
class RandomInputTest {
    private static final List<String> MARKDOWN = List.of("a", "word ", " ", "\n", "\n\n", "\t", "[", "]", "(", ")",
            "<", ">", "`", "```", "*", "_", "#", "# ", "- ", "1. ", "> ", "|", "|---|", "[@", "[@s", "[@s]", "; @s",
            ", p. 4", "[^", "[^n]", "[^n]: ", "]: ", "!", "![", "&#", "&#x6A;", "&tab;", ";", ":", "javascript:",
            "JaVa\tScRiPt:", "data:", "http://example.org/", "mailto:a@b", "<script>", "<img src=x onerror=alert(1)>",
            "\" onmouseover=\"", "'", "${", "}", "<#", "</#", "@", "\\", "other.md", "../", "/", "#top", "---",
            "\uE000", "\uE001", "\uE002", "\u0000", "\r", "\u202E", "한", "İ");
    private static final List<String> YAML = List.of("a", "b", ":", ": ", " ", "  ", "\n", "- ", "[", "]", "{", "}",
            ",", "&x ", "*x", "!!str ", "!!binary ", "!tag ", "|", ">", "'", "\"", "#", "---", "...", "? ", "\t", "%YAML 1.2",
            "<<: ", "1", "1.5", "true", "null", "~", "2024-10-18", "title", "id", "url: ", "javascript:alert(1)",
            "<script>", "${x}", "\\", "\\u0000", "\u0000", "\uFEFF", "\uE002", "é", "\r\n");

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(MARKDOWN).list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> yaml() {
        return Arbitraries.of(YAML).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 150)
    void anyMarkdownBuildsOrIsReported(@ForAll("markdown") String body) throws IOException {
        buildAndCheck(site -> site
                .file("content/index.md", "---\ntitle: Random\nlayout: page\n---\n" + body)
                .file("content/other.md", "---\ntitle: Other\nlayout: page\n---\n# Top\n\n" + body)
                .file("content/sources.yaml", "- id: s\n  title: S\n  publisher: P\n  date: 2024\n  kind: news\n"));
    }

    @Property(tries = 150)
    void anyYamlBuildsOrIsReported(@ForAll("yaml") String a, @ForAll("yaml") String b) throws IOException {
        buildAndCheck(site -> site
                .file("content/index.md", "---\ntitle: Random\nlayout: page\n" + a + "\n---\nText.\n")
                .file("content/sources.yaml", b)
                .file("content/facts/random.yaml", a + "\n" + b)
                .file("content/schemas/random.schema.json", "{\"type\": \"object\"}"));
    }

    @Property(tries = 60)
    void anyUnicodeInTitlesAndBodiesBuildsOrIsReported(@ForAll String title, @ForAll String body) throws IOException {
        buildAndCheck(site -> site
                .file("content/index.md", "---\ntitle: " + TestSite.yaml(title) + "\nlayout: page\n---\n" + body));
    }

    private static void buildAndCheck(java.util.function.UnaryOperator<TestSite> content) throws IOException {
        Path dir = Files.createTempDirectory("briefing-property");
        try {
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
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
