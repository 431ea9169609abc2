package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note prints the work its source was read in, so editing that work renders the citing page again. */
class SourceChainCacheTest {
    @TempDir
    Path tmp;

    @Test
    void editingTheWorkASourceWasReadInRendersThePagesCitingTheSource() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path guide = root.resolve("content/guide/start.md");
        Files.writeString(guide, Files.readString(guide) + "\nAs the wire put it [@wire-story].\n");
        Path cache = tmp.resolve("cache");
        assertFalse(new Build().run(BuildOptions.build(root, tmp.resolve("one")).withCache(cache)).hasErrors());

        Path sources = root.resolve("content/sources.yaml");
        Files.writeString(sources, Files.readString(sources).replace("title: Annual report", "title: Yearly report"));
        BuildResult again = new Build().run(BuildOptions.build(root, tmp.resolve("two")).withCache(cache));

        assertFalse(again.hasErrors(), () -> again.diagnostics().toString());
        assertEquals(List.of("content/about.md", "content/guide/start.md", "content/index.md"), again.rendered(),
                "the guide cites only wire-story, which is read in the edited agency-report-2024");
        assertTrue(Files.readString(tmp.resolve("two/guide/start/index.html")).contains("As reported in <cite><a href=\"https://example.org/report\" rel=\"noopener noreferrer\">Yearly report</a></cite>"));
        assertFalse(new Build().run(BuildOptions.build(root, tmp.resolve("clean"))).hasErrors());
        RebuildsTest.assertSameTree(tmp.resolve("clean"), tmp.resolve("two"));
    }
}
