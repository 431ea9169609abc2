package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.content.Content;
import org.briefing.content.ContentLoader;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's citation files are named by what they are made from, so an output holding them skips
 * them; every edit of what they read must still make them again.
 */
class CitationFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/basic/content");

    /** An output holding the files of {@code last} by name, as the site writer holds a spare's. */
    private static final class Held implements Output {
        final Map<String, String> files = new TreeMap<>();
        final Map<String, String> names = new HashMap<>();
        final Held last;
        int made;

        Held(Held last) {
            this.last = last;
        }

        @Override
        public synchronized void write(String path, byte[] bytes) {
            files.put(path, new String(bytes, StandardCharsets.UTF_8));
            made++;
        }

        @Override
        public synchronized void write(String path, byte[] bytes, String name) {
            write(path, bytes);
            names.put(path, name);
        }

        @Override
        public synchronized boolean holds(String path, String name) {
            if (last == null || !name.equals(last.names.get(path))) {
                return false;
            }
            files.put(path, last.files.get(path));
            names.put(path, name);
            return true;
        }
    }

    @Test
    void eachEditOfWhatACitationReadsMakesItsFilesAgain(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        copy(GOLDEN, root.resolve("content"));
        Path start = root.resolve("content/guide/start.md");
        Path site = root.resolve("content/site.yaml");
        Held last = write(root, null);
        assertTrue(last.made > 0);
        Held same = write(root, last);
        assertEquals(0, same.made, "nothing changed: every file is held");
        assertEquals(last.files, same.files);
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
            Held held = write(root, last);
            assertEquals(write(root, null).files, held.files, "after " + edit[2]);
            assertTrue(held.made > 0, "after " + edit[2]);
            last = held;
        }
        assertTrue(Files.readString(start).contains("as_of") && Files.readString(site).contains("other"));
    }

    private static Held write(Path root, Held last) {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader(new YamlReader()).load(root, d);
        assertTrue(!d.hasErrors(), () -> d.sorted().toString());
        Held out = new Held(last);
        CitationFiles.write(out, content.site(), content.pages(), "test generator");
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
