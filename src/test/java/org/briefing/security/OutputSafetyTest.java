package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.output.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is replaced atomically and only when it is ours: a failed, refused or killed
 * build leaves the previous site byte for byte, and the next build leaves no temporary folder.
 */
@Hardening
class OutputSafetyTest {
    private static final String PAGE = "---\ntitle: T\nlayout: page\n---\nText.\n";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.in(tmp.resolve("root")).file("content/index.md", PAGE);
    }

    private static String buildInto(TestSite site, Path out) {
        return TestSite.errors(new Build().run(BuildOptions.build(site.root, out)));
    }

    @Test
    void refusesTheRootItsInputsAndTheirAncestors() {
        TestSite site = site();
        Path r = site.root;
        assertEquals(".:1:1: error: refusing to write the site into " + r + ": it is or contains " + r, buildInto(site, r));
        assertEquals("content:1:1: error: refusing to write the site into " + r.resolve("content") + ": it is or contains "
                + r.resolve("content"), buildInto(site, r.resolve("content")));
        assertEquals("templates:1:1: error: refusing to write the site into " + r.resolve("templates")
                + ": it is or contains " + r.resolve("templates"), buildInto(site, r.resolve("templates")));
        assertEquals("content/x:1:1: error: refusing to write the site into " + r.resolve("content/x")
                + ": it is inside the input", buildInto(site, r.resolve("content/x")));
        assertEquals(tmp.getFileName() + ":1:1: error: refusing to write the site into " + tmp + ": it is or contains " + r,
                buildInto(site, tmp));
        assertEquals(List.of("content", "templates"), names(r));
    }

    @Test
    void refusesAForeignFolderAFileAndASymlink() throws IOException {
        TestSite site = site();
        Path foreign = tmp.resolve("docs");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "years of work");
        assertEquals("docs:1:1: error: refusing to replace " + foreign + ": it is not empty and was not made by this "
                + "generator (no .briefing-output file)", buildInto(site, foreign));
        assertEquals("years of work", Files.readString(foreign.resolve("thesis.txt")));

        Path file = tmp.resolve("file.txt");
        Files.writeString(file, "keep");
        assertEquals("file.txt:1:1: error: refusing to replace " + file + ": it is a file, not a folder",
                buildInto(site, file));

        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, foreign);
        assertEquals("link:1:1: error: refusing to write the site through the symbolic link " + link,
                buildInto(site, link));
        assertEquals(List.of("docs", "file.txt", "link", "root"), names(tmp));
    }

    @Test
    void writesIntoAnEmptyOrMissingFolderAndReplacesItsOwn() throws IOException {
        TestSite site = site();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals("", buildInto(site, empty));
        assertEquals("", buildInto(site, tmp.resolve("missing/site")));
        assertEquals("", buildInto(site, empty));
        assertTrue(Files.exists(empty.resolve(SiteWriter.MARKER)));
        assertEquals(List.of(".empty.lock", "empty", "missing", "root"), names(tmp));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByte() {
        TestSite site = site();
        assertEquals("", TestSite.errors(site.build()));
        Map<String, byte[]> before = snapshot(site.site());
        site.file("content/index.md", "---\ntitle: T\nlayout: page\n---\nNew text [@nope].\n");
        assertEquals("content/index.md:5:11: error: unknown source 'nope'", TestSite.errors(site.build()));
        assertSame(before, snapshot(site.site()));
        assertEquals(List.of(".site.lock", "content", "site", "templates"), names(site.root));
    }

    @Test
    void staleFoldersOfAKilledBuildAreClearedByTheNextBuild() throws IOException {
        TestSite site = site();
        for (String stale : List.of(".site.partial", ".site.old")) {
            site.file(stale + "/" + SiteWriter.MARKER, "").file(stale + "/half-written.html", "<p>half");
        }
        assertEquals("", TestSite.errors(site.build()));
        assertEquals(List.of(".site.lock", "content", "site", "templates"), names(site.root));
        assertFalse(Files.exists(site.site().resolve("half-written.html")));
    }

    @Test
    void aForeignFolderInTheStagingPlaceIsNeverShipped() {
        TestSite site = site().file(".site.partial/someone-elses.txt", "mine");
        BuildResult r = site.build();
        assertEquals("site:1:1: error: cannot prepare the output folder: " + site.root.resolve(".site.partial")
                + " is in the way and was not made by this generator; move it away", TestSite.errors(r));
        assertEquals("mine", LiveContent.read(site.root.resolve(".site.partial/someone-elses.txt")));
        assertFalse(Files.exists(site.site()));
    }

    @Test
    void aSiteHalfSwappedByAKillIsPutBackEvenIfTheNextBuildFails() throws IOException {
        TestSite site = site();
        assertEquals("", TestSite.errors(site.build()));
        Map<String, byte[]> before = snapshot(site.site());
        // Killed after commit() moved site/ aside and before it moved the new site in.
        Files.move(site.site(), site.root.resolve(".site.old"));
        site.file("content/index.md", "---\ntitle: T\nlayout: page\n---\nBroken [@nope].\n");
        assertTrue(site.build().hasErrors());
        assertSame(before, snapshot(site.site()));
        assertEquals(List.of(".site.lock", "content", "site", "templates"), names(site.root));
    }

    /** A build whose output folder another build is writing waits for it, then writes its own whole site. */
    @Test
    void aBuildWaitsForAnotherBuildWritingTheSameFolder() throws Exception {
        TestSite site = site();
        SiteWriter other = SiteWriter.open(site.site());
        other.write("other.html", "from the other build");
        java.util.concurrent.CompletableFuture<BuildResult> build = java.util.concurrent.CompletableFuture.supplyAsync(site::build);
        Thread.sleep(500);
        assertFalse(build.isDone(), "waits while the other build holds the output");
        other.commit();
        assertEquals("", TestSite.errors(build.get(60, TimeUnit.SECONDS)));
        assertTrue(Files.exists(site.site().resolve("index.html")));
        assertFalse(Files.exists(site.site().resolve("other.html")), "one build's site, not a mix");
    }

    @Test
    void outputPathsCannotEscapeTheOutputFolder() throws IOException {
        Path out = tmp.resolve("out");
        SiteWriter w = SiteWriter.open(out);
        w.write("ok.html", "fine");
        w.write("../escaped.html", "evil");
        w.write("a/../../escaped.html", "evil");
        w.write("/absolute/escaped.html", "evil");
        assertEquals("output path escapes the output folder: ../escaped.html", w.failure().orElseThrow());
        IOException e = assertThrows(IOException.class, w::commit);
        assertEquals("output path escapes the output folder: ../escaped.html", e.getMessage());
        w.abandon();
        assertEquals(List.of(".out.lock"), names(tmp));
    }

    /**
     * A real build in a child JVM, killed with SIGKILL while it writes a big site: the previous
     * site stays as it was, and the next build clears the half-written staging folder.
     */
    @Test
    void aBuildKilledMidwayLeavesThePreviousSiteIntact() throws Exception {
        TestSite site = site();
        assertEquals("", TestSite.errors(site.build()));
        Map<String, byte[]> before = snapshot(site.site());
        String text = "A sentence that cites [@s, p. 4] and goes on for a while to make the page heavier.\n\n".repeat(30);
        site.file("content/sources.yaml", "- id: s\n  title: S\n  publisher: P\n  date: 2024\n  kind: news\n");
        for (int i = 0; i < 1500; i++) {
            site.file("content/many/p" + i + ".md", "---\ntitle: Page " + i + "\nlayout: page\n---\n" + text);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main", "build", "--root",
                site.root.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path staging = site.root.resolve(".site.partial");
        Path firstPage = staging.resolve("many");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(firstPage) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the child build must still be running when it is killed");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(staging), "killed while writing its staging folder");
        assertSame(before, snapshot(site.site()));

        deleteTree(site.root.resolve("content/many"));
        assertEquals("", TestSite.errors(site.build()));
        assertEquals(List.of(".site.lock", "content", "site", "target", "templates"), names(site.root),
                "target/ holds the build cache");
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k));
    }

    static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** Names in a folder, dot-folders included, sorted. */
    static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
