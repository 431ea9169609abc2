package org.briefing.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.diag.Diagnostic;

/**
 * A throw-away site for tests: the project's real templates plus content written inline, so what
 * is tested is what readers get. {@code TestSite.in(dir).file("content/x.md", "...").build()}.
 */
public final class TestSite {
    /** The project's own templates folder; tests run with the project folder as working directory. */
    static final Path TEMPLATES = Path.of("templates");

    static final String SITE_YAML = """
            title: Test briefing
            description: A site built by a test.
            language: en
            base_url: https://example.org/briefing/
            repo_url: https://example.org/repo
            """;

    final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site under {@code dir} with the real templates and a valid site.yaml, nothing else. */
    static TestSite in(Path dir) {
        TestSite s = new TestSite(dir);
        copyTree(TEMPLATES, dir.resolve("templates"));
        return s.file("content/site.yaml", SITE_YAML);
    }

    TestSite file(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    TestSite bytes(String rel, byte[] data) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path site() {
        return root.resolve("site");
    }

    BuildResult build() {
        return new Build().run(BuildOptions.build(root, site()));
    }

    BuildResult check() {
        return new Build().run(BuildOptions.check(root));
    }

    /** Errors only, one {@code path:line:col: error: message} line each, without hints. */
    static String errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.path() + ":" + d.line() + ":" + d.column() + ": error: " + d.message())
                .collect(Collectors.joining("\n"));
    }

    /** A YAML double-quoted scalar holding exactly {@code s}. */
    static String yaml(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0xfeff || c >= 0xd800 && c < 0xe000) {
                        b.append(String.format("\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** Every regular file under {@code dir}, as sorted relative paths with forward slashes. */
    static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree, as tests set up a site from a fixture. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
