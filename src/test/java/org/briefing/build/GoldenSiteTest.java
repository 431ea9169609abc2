package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture root {@code golden/basic} and compares every output file, byte for byte,
 * with {@code golden/basic/expected}: pages, bibliography, feed, sitemap, data export, assets.
 */
class GoldenSiteTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/basic");

    @Test
    void buildsTheGoldenSiteExactly(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = new Build().run(BuildOptions.build(GOLDEN, out));

        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        Path expected = GOLDEN.resolve("expected");
        assertEquals(files(expected), files(out), "the set of output files");
        for (String f : files(expected)) {
            byte[] want = Files.readAllBytes(expected.resolve(f));
            byte[] got = Files.readAllBytes(out.resolve(f));
            assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8), f);
        }
    }

    @Test
    void leavesDraftsOutUnlessAsked(@TempDir Path tmp) throws IOException {
        new Build().run(BuildOptions.build(GOLDEN, tmp.resolve("a")));
        assertFalse(Files.exists(tmp.resolve("a/draft/index.html")));
        BuildResult withDrafts = new Build().run(new BuildOptions(GOLDEN, tmp.resolve("b"), null, null, true, true, null));
        assertFalse(withDrafts.hasErrors(), () -> withDrafts.diagnostics().toString());
        assertEquals(true, Files.exists(tmp.resolve("b/draft/index.html")));
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
