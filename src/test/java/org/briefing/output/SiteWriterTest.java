package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @org.briefing.Hardening
    @Test
    void aPlainPathIsTheRelativePathTheFolderWouldMakeOfIt() {
        Path dir = Path.of("/srv/site");
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"a", "b", ".", "..", "", "/", "\\", "x.js", "..b", ".c", "d."};
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String path = b.toString();
            if (SiteWriter.plain(path)) {
                plain++;
                java.util.Optional<Path> file = Output.file(dir, path);
                assertEquals(true, file.isPresent(), path);
                assertEquals(path, SpareSite.relative(dir, file.get()), path);
            }
        }
        assertEquals(true, plain > 1000, "enough plain paths drawn: " + plain);
        for (String refused : List.of("", "/a", "a/", "a//b", "./a", "a/..", "a\\b", "..", ".")) {
            assertFalse(SiteWriter.plain(refused), refused);
        }
    }

    @TempDir
    Path tmp;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Object inode(Path p) throws IOException {
        return Files.readAttributes(p, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino");
    }

    private Path site(String... pathsAndTexts) throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter w = SiteWriter.open(out);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            w.write(pathsAndTexts[i], utf8(pathsAndTexts[i + 1]));
        }
        w.commit();
        return out;
    }

    @Test
    void anUnchangedFileIsSharedWithThePreviousSiteAndAChangedOneWrittenAnew() throws IOException {
        Path out = site("a/index.html", "same", "b/index.html", "old", "gone.txt", "x");
        Object a = inode(out.resolve("a/index.html"));
        Object b = inode(out.resolve("b/index.html"));
        site("a/index.html", "same", "b/index.html", "new!");
        assertEquals(a, inode(out.resolve("a/index.html")), "the unchanged page is the same file");
        assertNotEquals(b, inode(out.resolve("b/index.html")));
        assertEquals("new!", Files.readString(out.resolve("b/index.html")));
        assertFalse(Files.exists(out.resolve("gone.txt")));
        // Same size, other bytes: compared byte for byte, not by size.
        site("a/index.html", "SAME");
        assertEquals("SAME", Files.readString(out.resolve("a/index.html")));
    }

    @Test
    void writingAFileTwiceOrReplacingATokenNeverTouchesThePreviousSite() throws IOException {
        Path out = site("assets/search.js", "built-in", "p/index.html", "size: 12 KB");
        SiteWriter w = SiteWriter.open(out);
        w.write("assets/search.js", utf8("built-in"));       // linked to the previous site's file
        w.write("assets/search.js", utf8("the site's own")); // then replaced by the site's own asset
        w.write("p/index.html", utf8("size: 12 KB"));
        w.replace(List.of("p/index.html"), "12 KB", "13 KB");
        // Before the swap the previous site is whole, and a build that gives up leaves it so.
        assertEquals("built-in", Files.readString(out.resolve("assets/search.js")));
        assertEquals("size: 12 KB", Files.readString(out.resolve("p/index.html")));
        w.abandon();
        assertEquals("built-in", Files.readString(out.resolve("assets/search.js")));
        assertEquals("size: 12 KB", Files.readString(out.resolve("p/index.html")));

        w = SiteWriter.open(out);
        w.write("assets/search.js", utf8("built-in"));
        w.write("assets/search.js", utf8("the site's own"));
        w.write("p/index.html", utf8("size: 12 KB"));
        w.replace(List.of("p/index.html"), "12 KB", "13 KB");
        w.commit();
        assertArrayEquals(utf8("the site's own"), Files.readAllBytes(out.resolve("assets/search.js")));
        assertEquals("size: 13 KB", Files.readString(out.resolve("p/index.html")));
    }

    @Test
    void aSymbolicLinkInThePreviousSiteIsNeverLinkedOrFollowed() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "secret");
        Path out = site("a.txt", "x");
        Files.createSymbolicLink(out.resolve("b.txt"), outside);
        site("a.txt", "x", "b.txt", "secret");
        assertFalse(Files.isSymbolicLink(out.resolve("b.txt")));
        assertNotEquals(inode(outside), inode(out.resolve("b.txt")));
        assertEquals("secret", Files.readString(outside));

        // A folder of the previous site that is a link to elsewhere: nothing under it is linked.
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.html"), "page");
        Files.createSymbolicLink(out.resolve("p"), elsewhere);
        site("p/index.html", "page");
        assertFalse(Files.isSymbolicLink(out.resolve("p")));
        assertNotEquals(inode(elsewhere.resolve("index.html")), inode(out.resolve("p/index.html")));
    }
}
