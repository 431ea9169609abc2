package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} is a build that writes nothing: every error a build raises from content, check raises too. */
class CheckBuildAgreementTest {
    @TempDir
    Path tmp;

    /** A broken site each: file to write -> its text, and the first error both must report. */
    private static final Map<String, List<String>> CASES = Map.of(
            "output collision", List.of("content/index.html.md", "---\ntitle: Clash\n---\nText.\n",
                    "content/index.html.md:1:1: error: output 'index.html/index.html' needs a folder 'index.html' where content/index.md writes a file"),
            "nested collision", List.of("content/about/index.html.md", "---\ntitle: Clash\n---\nText.\n",
                    "content/about/index.html.md:1:1: error: output 'about/index.html/index.html' needs a folder"),
            "template error", List.of("templates/page.ftlh", "<#import \"base.ftlh\" as base>\n<@base.layout>${page.nope}</@base.layout>\n",
                    "templates/page.ftlh:2:17: error: 'page.nope' is missing or null"),
            "template link", List.of("templates/page.ftlh", "<#import \"base.ftlh\" as base>\n<@base.layout><a href=\"/abs\">x</a>${page.content}</@base.layout>\n",
                    "templates/page.ftlh:2:24: error: root-absolute link '/abs' breaks under a sub-path"),
            "macro library as layout", List.of("content/guide/extra.md", "---\ntitle: Extra\nlayout: base\n---\nText.\n",
                    "content/guide/extra.md:3:9: error: layout 'base' wrote an empty page"),
            "missing anchor", List.of("content/guide/extra.md", "---\ntitle: Extra\n---\nSee [scope](../about.md#nowhere).\n",
                    "content/guide/extra.md:4:13: error: link to missing anchor '#nowhere' in '../about.md#nowhere'"));

    @TestFactory
    Stream<DynamicTest> checkReportsWhatBuildReports() {
        return CASES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Path dir = Files.createDirectories(tmp.resolve(c.getKey().replace(' ', '-')));
            Path root = CommandLineTest.copyGolden(dir);
            Path file = root.resolve(c.getValue().get(0));
            Files.createDirectories(file.getParent());
            Files.writeString(file, c.getValue().get(1));

            BuildResult check = new Build().run(BuildOptions.check(root));
            BuildResult build = new Build().run(BuildOptions.build(root, dir.resolve("site")));
            List<String> checked = errors(check);
            assertEquals(checked, errors(build));
            assertFalse(build.written());
            assertFalse(Files.exists(dir.resolve("site")), "a failed build writes no site");
            String expected = c.getValue().get(2);
            assertTrue(checked.stream().anyMatch(e -> e.startsWith(expected.substring(0, Math.min(expected.length(), 60)))),
                    () -> "expected " + expected + " in " + checked);
        }));
    }

    private static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toText).toList();
    }
}
