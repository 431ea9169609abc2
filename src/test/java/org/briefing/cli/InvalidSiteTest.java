package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small broken site per kind of diagnostic under {@code src/test/resources/invalid/<case>/};
 * {@code check} must print exactly {@code expected.txt} (text) and {@code expected-github.txt}
 * ({@code --format github}) next to it, and exit with 1.
 */
class InvalidSiteTest {
    private static final Path FIXTURES = Path.of("src/test/resources/invalid");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "yaml-syntax", "schema-violation", "unknown-front-matter-key", "missing-title", "unknown-source",
        "undefined-footnote", "broken-link", "broken-anchor", "template-error", "bad-date", "duplicate-source-id"})
    void checkPrintsTheExpectedTextDiagnostics(String name) throws IOException {
        assertCheck(name, "expected.txt", "--format", "text");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "yaml-syntax", "schema-violation", "unknown-front-matter-key", "missing-title", "unknown-source",
        "undefined-footnote", "broken-link", "broken-anchor", "template-error", "bad-date", "duplicate-source-id"})
    void checkPrintsTheExpectedGithubAnnotations(String name) throws IOException {
        assertCheck(name, "expected-github.txt", "--format", "github");
    }

    private static void assertCheck(String name, String expectedFile, String... format) throws IOException {
        Path root = FIXTURES.resolve(name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"check", "--root", root.toString(), format[0], format[1]};
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        String expected = Files.readString(root.resolve(expectedFile));
        // Annotations go where the Actions runner reads commands (stdout); text goes to stderr.
        boolean github = format[1].equals("github");
        assertEquals(expected, lf((github ? out : err).toString()), name + "/" + expectedFile);
        assertEquals("", (github ? err : out).toString());
        assertEquals(1, exit);
    }

    private static String lf(String s) {
        return s.replace("\r\n", "\n");
    }
}
