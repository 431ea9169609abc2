package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever Markdown or YAML a pull request brings, a build either succeeds or returns
 * diagnostics with a usable position; it never throws. Inputs come from seeded generators mixing
 * the syntax that matters (citations, footnotes, links, HTML, YAML flow and block structure), so
 * every failure is reproducible from its seed, which the test name carries.
 */
class RandomInputTest {
    private static final String[] MARKDOWN = {"[@", "@", "]", "[^", "^", "]: ", "[", "(", ")", "`", "```\n", "*", "_",
        "# ", "## ", "| a | b |\n|---|---|\n", "\n", "\n\n", " ", "- ", "1. ", "> ", "\\", "<", ">", "&", "&#106;", ";",
        "javascript:", "data:", "http://x.org", "<script>", "<img src=x onerror=alert(1)>", "[x](", "![i](", "src-a",
        "src-b", "src-c", "; @", ", p. 4", "see ", "other.md", "#", "${x}", "<#if x>", "\uE000", "\uE001", "\uE002",
        "\u0000", "é", "💥", "\t", "---\n", "[^n]", "[^n]: note\n"};
    private static final String[] YAML = {"id", "title", "date", "sources", ": ", "- ", "\n", "  ", "    ", "[", "]", "{",
        "}", ",", "'", "\"", "&a ", "*a", "!!str ", "!!binary ", "? ", "|\n", ">-\n", "#", "2024-10-18", "2024-13",
        "src-a", "null", "~", "true", "1e9", "0x1F", "%YAML 1.1\n", "---\n", "...\n", "\t", "\u0000", "é", "\\u0041"};

    private static String random(Random r, String[] parts, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.toString();
    }

    private static Path root(Path tmp, int seed) throws IOException {
        Path root = tmp.resolve("case-" + seed);
        Files.createDirectories(root.resolve("content/facts"));
        Files.createDirectories(root.resolve("content/schemas"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("content/site.yaml"), "title: Random\n");
        Files.writeString(root.resolve("content/sources.yaml"), """
                - {id: src-a, title: A, publisher: P, date: "2024", kind: news}
                - {id: src-b, title: B, publisher: P, date: "2024-10", kind: news}
                """);
        Files.writeString(root.resolve("content/schemas/facts.schema.json"), "{\"type\": \"object\"}");
        Files.writeString(root.resolve("templates/page.ftlh"),
                "<html><body><main>${page.title}${page.content}<#list (data.facts.sources)![] as s>${s?is_string?then(s, '')}</#list>${endnotes}</main></body></html>");
        Files.writeString(root.resolve("content/other.md"), "---\ntitle: Other\n---\n# Heading\n");
        return root;
    }

    private static void assertBuildIsWellBehaved(Path root) {
        BuildResult result = assertDoesNotThrow(() -> new Build().run(BuildOptions.check(root)));
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 1 && d.column() >= 1 && !d.path().isEmpty() && !d.message().isEmpty(), d.toText());
            assertTrue(!d.message().contains("Exception") && !d.message().contains("\tat "), "internal detail leaked: " + d.toText());
        }
    }

    @TestFactory
    Stream<DynamicTest> randomMarkdownNeverThrows(@TempDir Path tmp) {
        return IntStream.range(0, 120).mapToObj(seed -> DynamicTest.dynamicTest("markdown seed " + seed, () -> {
            Random r = new Random(seed);
            Path root = root(tmp, seed);
            String front = r.nextInt(4) == 0 ? random(r, YAML, 8) : "title: Page " + seed;
            Files.writeString(root.resolve("content/index.md"), "---\n" + front + "\n---\n" + random(r, MARKDOWN, 20 + r.nextInt(80)));
            assertBuildIsWellBehaved(root);
        }));
    }

    @TestFactory
    Stream<DynamicTest> randomYamlNeverThrows(@TempDir Path tmp) {
        return IntStream.range(0, 120).mapToObj(seed -> DynamicTest.dynamicTest("yaml seed " + seed, () -> {
            Random r = new Random(1000 + seed);
            Path root = root(tmp, seed);
            Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nText [@src-a].\n");
            String target = List.of("content/facts/facts.yaml", "content/sources.yaml", "content/site.yaml").get(seed % 3);
            Files.writeString(root.resolve(target), random(r, YAML, 10 + r.nextInt(60)));
            assertBuildIsWellBehaved(root);
        }));
    }
}
