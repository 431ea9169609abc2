package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds with a spare site: the site before the live one, kept in the cache folder, in which the
 * next build stages. Whatever the spare held, the site that comes out is exactly what the build
 * wrote, and the live site is never written into.
 */
class SpareSiteTest {
    private static final byte[] SECRET = "a secret".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("site");
    }

    private SpareSite spare() {
        return new SpareSite(tmp.resolve("cache"), "id", SECRET);
    }

    private Path spareFolder() {
        return tmp.resolve("cache/site-id.spare");
    }

    /** Builds a site of these paths and texts with the spare; returns the writer, committed. */
    private SiteWriter build(String... pathsAndTexts) throws IOException {
        SiteWriter w = SiteWriter.open(out(), spare());
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            w.write(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        w.commit();
        return w;
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return all;
    }

    private static Map<String, String> expected(String... pathsAndTexts) {
        Map<String, String> m = new TreeMap<>();
        m.put(SiteWriter.MARKER, SiteWriter.MARKER_TEXT);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return m;
    }

    private static Object inode(Path p) throws IOException {
        return Files.readAttributes(p, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino");
    }

    @Test
    void theSiteReplacedBecomesTheSpareAndTheNextBuildKeepsWhatDidNotChange() throws IOException {
        build("a/index.html", "one", "b/deep/index.html", "b1", "gone/x.txt", "x");
        assertFalse(Files.exists(spareFolder()), "no spare after a first build");
        build("a/index.html", "one", "b/deep/index.html", "b2", "gone/x.txt", "x");
        assertEquals(expected("a/index.html", "one", "b/deep/index.html", "b1", "gone/x.txt", "x"), files(spareFolder()),
                "the first site, kept");
        Object kept = inode(spareFolder().resolve("a/index.html"));
        build("a/index.html", "one", "b/deep/index.html", "b3", "new.txt", "n");
        assertEquals(expected("a/index.html", "one", "b/deep/index.html", "b3", "new.txt", "n"), files(out()));
        assertEquals(kept, inode(out().resolve("a/index.html")), "an unchanged file is not written again");
        assertFalse(Files.exists(out().resolve("gone")), "a folder left empty goes too");
        assertEquals(expected("a/index.html", "one", "b/deep/index.html", "b2", "gone/x.txt", "x"), files(spareFolder()),
                "the second site is the spare now");
        assertEquals(List.of(".site.lock", "cache", "site"), names(tmp), "nothing else beside the site");
    }

    @Test
    void aFileChangedInTheSpareByAnyoneElseIsWrittenAgain() throws IOException {
        build("a.txt", "same", "b.txt", "same", "c.txt", "same");
        build("a.txt", "same", "b.txt", "same", "c.txt", "same", "d.txt", "d");
        Path spare = spareFolder();
        Files.writeString(spare.resolve("a.txt"), "SAME");                  // same size, in place, a second later
        Files.setLastModifiedTime(spare.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(spare.resolve("a.txt")).toMillis() + 1000));
        Files.delete(spare.resolve("b.txt"));                               // replaced by another file
        Files.writeString(spare.resolve("b.txt"), "same");
        Files.writeString(spare.resolve("stray.html"), "<script>");         // added
        Files.createSymbolicLink(spare.resolve("c.txt.link"), spare.resolve("c.txt"));
        build("a.txt", "same", "b.txt", "same", "c.txt", "same");
        assertEquals(expected("a.txt", "same", "b.txt", "same", "c.txt", "same"), files(out()));
        assertFalse(Files.exists(out().resolve("c.txt.link"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSpareWhoseManifestIsNotOursIsDeletedAndTheSiteMadeAfresh() throws IOException {
        build("a.txt", "1");
        build("a.txt", "2");
        // A manifest signed with another secret, as a pull request could commit one.
        SiteManifest forged = new SiteManifest(SiteManifest.identity(spareFolder()).orElseThrow(), Map.of());
        forged.write(tmp.resolve("cache/site-id.spare.manifest"), "another secret".getBytes(StandardCharsets.UTF_8));
        Files.writeString(spareFolder().resolve("planted.js"), "alert(1)");
        build("a.txt", "3");
        assertEquals(expected("a.txt", "3"), files(out()));
    }

    @Test
    void theSparesManifestIsGoneOnceABuildStartsInIt() throws IOException {
        build("a.txt", "1");
        build("a.txt", "2");
        assertTrue(Files.exists(tmp.resolve("cache/site-id.spare.manifest")));
        SiteWriter w = SiteWriter.open(out(), spare());
        // Killed now, this build would leave a folder the next one does not believe.
        assertFalse(Files.exists(tmp.resolve("cache/site-id.spare.manifest")));
        assertFalse(Files.exists(spareFolder()), "the spare is the staging folder now");
        w.abandon();
        assertEquals(expected("a.txt", "2"), files(out()), "the live site untouched");
        build("a.txt", "4");
        assertEquals(expected("a.txt", "4"), files(out()));
    }

    @Test
    void aFileChangedInPlaceRightAfterItWasWrittenIsComparedNotTrusted() throws IOException {
        build("a.txt", "same");
        build("a.txt", "same", "b.txt", "b");
        // Within the clock tick of its writing: size and time as recorded, bytes not.
        Path a = spareFolder().resolve("a.txt");
        java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(a);
        Files.writeString(a, "SAME");
        Files.setLastModifiedTime(a, t);
        build("a.txt", "same");
        assertEquals(expected("a.txt", "same"), files(out()));
    }

    @Test
    void aSiteThatChangedShapeComesOutWhole() throws IOException {
        build("p", "a page as a file", "q/index.html", "a folder");
        build("p", "a page as a file", "q/index.html", "a folder", "r.txt", "r");
        build("p/index.html", "now a folder", "q", "now a file", "r.txt", "r");
        assertEquals(expected("p/index.html", "now a folder", "q", "now a file", "r.txt", "r"), files(out()));
    }

    @Test
    void largeFilesAreComparedByteForByte() throws IOException {
        String big = "x".repeat(SiteWriter.HASHED + 10);
        String other = "y" + big.substring(1);
        build("big.js", big, "small.txt", "s");
        build("big.js", other, "small.txt", "s");
        Object kept = inode(spareFolder().resolve("big.js"));
        build("big.js", big, "small.txt", "s");
        assertEquals(kept, inode(out().resolve("big.js")), "the same bytes: kept");
        build("big.js", other, "small.txt", "s");
        assertEquals(expected("big.js", other, "small.txt", "s"), files(out()), "same size, other bytes: written");
    }

    @Test
    void aPageIsHeldByTheNameOfItsBytesWithoutBeingRead() throws IOException {
        // As if the files were written long before the build ended: 0 would still leave a file written
        // in the same millisecond as the build's end (or a coarse file-system tick) unnamed.
        SiteWriter.racyMillis = -60_000;
        try {
            heldByName();
        } finally {
            SiteWriter.racyMillis = 2000;
        }
    }

    private void heldByName() throws IOException {
        SiteWriter w = SiteWriter.open(out(), spare());
        w.write("p/index.html", "<p>v1</p>".getBytes(StandardCharsets.UTF_8), "r:v1");
        w.commit();
        w = SiteWriter.open(out(), spare());
        w.write("p/index.html", "<p>v2</p>".getBytes(StandardCharsets.UTF_8), "r:v2");
        w.commit();
        w = SiteWriter.open(out(), spare());
        assertFalse(w.holds("p/index.html", "r:v3"));
        assertFalse(w.holds("p/index.html", ""), "no name, nothing held");
        assertTrue(w.holds("p/index.html", "r:v1"), "the spare holds the first version");
        w.commit();
        assertEquals(expected("p/index.html", "<p>v1</p>"), files(out()));
    }

    @Test
    void aSiteWhoseManifestIsLostIsDeletedRatherThanKept() throws IOException {
        build("a.txt", "1");
        build("a.txt", "2");
        // The live site's manifest lost: the site it replaces is not kept as the spare, but deleted.
        Files.delete(tmp.resolve("cache/site-id.manifest"));
        build("a.txt", "3");
        assertEquals(expected("a.txt", "3"), files(out()));
        assertFalse(Files.exists(tmp.resolve("cache/site-id.spare.manifest")));
        build("a.txt", "4");
        build("a.txt", "5");
        assertEquals(expected("a.txt", "5"), files(out()));
        assertNotEquals(List.of(), files(spareFolder()).keySet().stream().toList());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
