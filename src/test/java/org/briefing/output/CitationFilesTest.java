package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.content.Content;
import org.briefing.content.ContentLoader;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostics;
import org.briefing.security.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's citation files are named by what they are made from, so an output holding them skips
 * them; every edit of what they read must still make them again.
 */
class CitationFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/basic/content");

    @Test
    void eachEditOfWhatACitationReadsMakesItsFilesAgain(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        TestSite.copyTree(GOLDEN, root.resolve("content"));
        Path start = root.resolve("content/guide/start.md");
        Path site = root.resolve("content/site.yaml");
        HeldOutput last = write(root, null);
        assertTrue(!last.made.isEmpty());
        HeldOutput same = write(root, last);
        assertEquals(List.of(), same.made, "nothing changed: every file is held");
        assertEquals(last.text(), same.text());
        String[][] edits = {
            {"guide/start.md", "title: Getting started", "title: Getting started again"},
            {"guide/start.md", "weight: 1", "weight: 1\ndate: 2024-05-01"},
            {"guide/start.md", "weight: 1", "weight: 1\nupdated: 2024-06-01"},
            {"guide/start.md", "weight: 1", "weight: 1\nas_of: 2024-04-30"},
            {"site.yaml", "title: Golden briefing", "title: Golden briefing, revised"},
            {"site.yaml", "base_url: https://example.org/golden/", "base_url: https://example.org/other/"},
        };
        for (String[] edit : edits) {
            Path file = root.resolve("content").resolve(edit[0]);
            Files.writeString(file, Files.readString(file).replace(edit[1], edit[2]));
            HeldOutput held = write(root, last);
            assertEquals(write(root, null).text(), held.text(), "after " + edit[2]);
            assertTrue(!held.made.isEmpty(), "after " + edit[2]);
            last = held;
        }
        assertTrue(Files.readString(start).contains("as_of") && Files.readString(site).contains("other"));
    }

    private static HeldOutput write(Path root, HeldOutput last) {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader(new YamlReader()).load(root, d);
        assertTrue(!d.hasErrors(), () -> d.sorted().toString());
        HeldOutput out = new HeldOutput(last);
        CitationFiles.write(out, content.site(), content.pages(), "test generator");
        return out;
    }
}
