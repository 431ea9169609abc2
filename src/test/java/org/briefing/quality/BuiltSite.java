package org.briefing.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;

/**
 * The project's own briefing (content/ and templates/ of the working copy), built into a folder
 * for the quality checks. Usage: {@code BuiltSite site = BuiltSite.build(dir, "https://x/y/");}
 */
record BuiltSite(Path dir, List<String> pages) {

    /** Where the tests run from: Maven starts them in the project folder. */
    static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * Builds into {@code out} with the given base URL and an edit-link repository, so every optional
     * part of the templates (canonical link, feed link, "Edit this page", "Download PDF") is rendered
     * and checked.
     */
    static BuiltSite build(Path out, String baseUrl) {
        BuildOptions options = new BuildOptions(projectRoot(), out, baseUrl,
                "https://github.com/example/briefing", false, true, null).withPdf(true);
        BuildResult result = new Build().run(options);
        assertFalse(result.hasErrors(), () -> "the briefing does not build: " + result.diagnostics());
        return new BuiltSite(out, htmlFiles(out));
    }

    /** Every HTML file, as a path relative to the site root with "/" separators, sorted. */
    static List<String> htmlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
