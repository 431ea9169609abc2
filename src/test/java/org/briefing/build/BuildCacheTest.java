package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent build cache: reused when inputs match, ignored and rebuilt when it cannot be trusted. */
class BuildCacheTest {
    private static final List<String> ALL = List.of("content/about.md", "content/guide/start.md", "content/index.md");

    @TempDir
    Path tmp;

    private BuildResult build(Path root, Path cache, String out) {
        BuildResult r = new Build().run(BuildOptions.build(root, tmp.resolve(out)).withCache(cache));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        return r;
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(cache)).sorted().toList();
        }
    }

    @Test
    void aRebuildRendersOnlyTheEditedPageAndMatchesACleanBuild() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        assertEquals(ALL, build(root, cache, "one").rendered());
        assertEquals(List.of(), build(root, cache, "two").rendered());
        Path start = root.resolve("content/guide/start.md");
        Files.writeString(start, Files.readString(start) + "\nMore words.\n");

        assertEquals(List.of("content/guide/start.md"), build(root, cache, "three").rendered());
        assertFalse(new Build().run(BuildOptions.build(root, tmp.resolve("clean"))).hasErrors());
        RebuildsTest.assertSameTree(tmp.resolve("clean"), tmp.resolve("three"));
        assertEquals(3, entries(cache).size(), "the cache keeps one build's entries");
    }

    /**
     * Rebuilds into one folder stage in the site before the last (kept in the cache as the spare):
     * after edits, a page added and removed again, each site is still exactly a clean build's,
     * and nothing is left beside it.
     */
    @Test
    void rebuildsIntoOneFolderStagedInTheSpareMatchCleanBuilds() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        Path start = root.resolve("content/guide/start.md");
        Path extra = root.resolve("content/extra/index.md");
        for (int round = 1; round <= 5; round++) {
            if (round == 3) {
                Files.createDirectories(extra.getParent());
                Files.writeString(extra, "---\ntitle: Extra\n---\nA page for two rounds.\n");
            } else if (round == 5) {
                Files.delete(extra);
            }
            Files.writeString(start, Files.readString(start) + "\nRound " + round + ".\n");
            // What the citation files and the search index name pages by, one at a time: a title, a date, the site.
            if (round == 2) {
                Files.writeString(start, Files.readString(start).replace("title: Getting started", "title: Getting started again"));
            } else if (round == 4) {
                Files.writeString(start, Files.readString(start).replace("weight: 1", "weight: 1\ndate: 2024-05-01"));
            } else if (round == 5) {
                Path config = root.resolve("content/site.yaml");
                Files.writeString(config, Files.readString(config).replace("title: Golden briefing", "title: Golden briefing, revised"));
            }
            build(root, cache, "site");
            Path clean = tmp.resolve("clean-" + round);
            assertFalse(new Build().run(BuildOptions.build(root, clean)).hasErrors());
            RebuildsTest.assertSameTree(clean, tmp.resolve("site"));
        }
        try (Stream<Path> beside = Files.list(cache)) {
            assertTrue(beside.anyMatch(p -> p.getFileName().toString().endsWith(".spare")), "the spare is kept in the cache");
        }
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of(".site.lock", "cache", "root", "site"), beside.map(p -> p.getFileName().toString())
                    .filter(n -> !n.contains("clean-")).sorted().toList());
        }
    }

    @Test
    void aSourceEditRendersOnlyThePagesCitingIt() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        build(root, cache, "one");
        Path sources = root.resolve("content/sources.yaml");
        Files.writeString(sources, Files.readString(sources).replace("title: Annual report", "title: Yearly report"));
        assertEquals(List.of("content/about.md", "content/index.md"), build(root, cache, "two").rendered(),
                "the home page cites agency-report-2024 in its prose, about in its figures table; the guide not at all");
    }

    @Test
    void corruptTruncatedForeignAndMisfiledEntriesAreIgnoredAndRebuilt() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        build(root, cache, "first");
        List<Path> files = entries(cache);
        assertEquals(3, files.size());
        byte[] flipped = Files.readAllBytes(files.get(0));
        flipped[flipped.length / 2] ^= 0x20;
        Files.write(files.get(0), flipped);
        byte[] whole = Files.readAllBytes(files.get(1));
        Files.write(files.get(1), java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.write(files.get(2), Files.readAllBytes(files.get(0))); // another entry's bytes under this key

        BuildResult again = build(root, cache, "second");
        assertEquals(ALL, again.rendered(), "no damaged entry is trusted");
        RebuildsTest.assertSameTree(tmp.resolve("first"), tmp.resolve("second"));
        assertEquals(List.of(), build(root, cache, "third").rendered(), "and the rebuilt entries are good again");
    }

    /**
     * A build reads a cached page's searchable parts only when it makes the search index, well after
     * the rest of the entry: parts damaged by then are worked out again from the page, and the index
     * is still exactly a clean build's. In {@code mvn verify}: it waits two seconds for the file
     * system's clock.
     */
    @Test
    @org.briefing.Hardening
    void searchablePartsDamagedAfterTheRestWasReadAreWorkedOutAgain() throws Exception {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        // Without a PDF edition, whose chapters need every page's HTML, a page in place is not read.
        BuildOptions options = BuildOptions.build(root, tmp.resolve("site")).withCache(cache).withPdf(false);
        assertFalse(new Build().run(options).hasErrors());
        // A site's files are known by name once they are older than the file system's clock can be
        // trusted (SiteWriter): so the site of this first build, when the fifth stages in it again.
        Thread.sleep(2100);
        for (int i = 0; i < 3; i++) {
            assertFalse(new Build().run(options).hasErrors());
        }
        for (Path entry : entries(cache).stream().filter(f -> f.getParent().getFileName().toString().matches("[0-9a-f]{2}")).toList()) {
            byte[] bytes = Files.readAllBytes(entry);
            int first = CacheEntry.firstPartLength(bytes);
            bytes[(first + CacheEntry.searchPartEnd(bytes)) / 2] ^= 0x08;
            Files.write(entry, bytes);
            assertTrue(CacheEntry.decode(Generator.fingerprint(), entry.getFileName().toString(), bytes, false).isPresent());
            assertTrue(CacheEntry.search(Generator.fingerprint(), entry.getFileName().toString(), bytes).isEmpty());
        }
        BuildResult again = new Build().run(options);
        assertFalse(again.hasErrors(), () -> again.diagnostics().toString());
        assertEquals(List.of(), again.rendered(), "the pages in place are neither read nor written again");
        assertFalse(new Build().run(BuildOptions.build(root, tmp.resolve("clean")).withPdf(false)).hasErrors());
        RebuildsTest.assertSameTree(tmp.resolve("clean"), tmp.resolve("site"));
    }

    @Test
    void anotherGeneratorsCacheIsNotTrusted() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        build(root, cache, "first");
        PageCache foreign = PageCache.onDisk(cache, "another generator");
        String key = entries(cache).get(0).getFileName().toString();
        assertEquals(Optional.empty(), foreign.get(key));
    }

    @Test
    void anEditThatKeepsSizeAndTimeIsSeenWhenTheTimeIsTooRecentToTrust() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        Path start = root.resolve("content/guide/start.md");
        build(root, cache, "one");
        var time = Files.getLastModifiedTime(start);
        Files.writeString(start, Files.readString(start).replace("Code such as", "Text such as"));
        Files.setLastModifiedTime(start, time);
        assertEquals(List.of("content/guide/start.md"), build(root, cache, "two").rendered(),
                "the file changed in the same clock tick as it was last looked at: hashed again");
    }

    @Test
    void aDamagedDigestFileOnlyCostsTime() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        build(root, cache, "one");
        Path digests;
        try (Stream<Path> files = Files.list(cache)) {
            digests = files.filter(f -> f.getFileName().toString().startsWith("page-digests-")).findFirst().orElseThrow();
        }
        assertTrue(Files.exists(digests));
        // Every digest in it changed, each to a string of the same length (the file is binary).
        java.nio.charset.Charset bytes = java.nio.charset.StandardCharsets.ISO_8859_1;
        String damaged = Files.readString(digests, bytes).replaceAll("[0-9a-f]{64}", "0".repeat(63) + "x");
        assertTrue(damaged.contains("0".repeat(63) + "x"));
        Files.writeString(digests, damaged, bytes);
        assertEquals(List.of(), build(root, cache, "two").rendered());
        RebuildsTest.assertSameTree(tmp.resolve("one"), tmp.resolve("two"));
        Files.writeString(digests, "garbage\n\t\t\n");
        assertEquals(List.of(), build(root, cache, "three").rendered());
    }

    @Test
    void entriesPlantedInTheCacheFolderAreNeverRead() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        build(root, cache, "one");
        // Someone who can write the cache folder (a pull request committing files there) but does not
        // know the secret kept outside the root: the keys of the entries cannot be computed, so planted
        // entries, even whole valid ones under every name, are never looked up.
        PageResult forged = new PageResult("content/index.md", "index.html",
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(), List.of(),
                Set.of(), Set.of(), List.of(), Map.of(), Map.of(), org.briefing.search.SearchDocs.NONE, null);
        for (Path entry : entries(cache)) {
            String key = entry.getFileName().toString();
            String guessed = new PageKeys.Hasher().add("page", key).hex(); // any name the attacker can compute
            Path planted = cache.resolve(guessed.substring(0, 2)).resolve(guessed);
            Files.createDirectories(planted.getParent());
            Files.write(planted, CacheEntry.encode(Generator.fingerprint(), guessed, forged));
        }
        Files.writeString(root.resolve("content/index.md"), Files.readString(root.resolve("content/index.md")) + "\nMore.\n");
        build(root, cache, "two");
        assertFalse(Files.readString(tmp.resolve("two/index.html")).contains("alert(1)"));
        assertEquals(List.of(), build(root, cache, "three").rendered());
        assertFalse(Files.readString(tmp.resolve("three/index.html")).contains("alert(1)"));
    }

    @Test
    void entriesReadBackExactly() {
        PageResult r = new PageResult("content/a.md", "a/index.html", "<p>é ✓</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of("b", "a"),
                List.of(Diagnostic.warning(new Position("content/a.md", 3, 4), "odd", "a hint"),
                        Diagnostic.error(new Position("content/a.md", 5, 1), "bad")),
                Set.of("x", "y"), Set.of("x", "note-1"), List.of("../b/", "#x"), Map.of("content/b.md", "d1"),
                Map.of("a", "s1"), org.briefing.search.SearchDocs.of("A title", "<main><h1>A</h1><p>é ✓ 1,500</p>"
                        + "<h2 id=\"x\">X</h2><p>more words</p></main>"), null);
        assertEquals(2, r.search().parts().size());
        byte[] bytes = CacheEntry.encode("gen", "k1", r);
        assertEquals(Optional.of(r), CacheEntry.decode("gen", "k1", bytes));
        assertEquals(Optional.of(summary(r)), CacheEntry.decode("gen", "k1", bytes, false), "all but the HTML and search");
        assertEquals(r.htmlId(), CacheEntry.decode("gen", "k1", bytes, false).orElseThrow().htmlId(), "what names the HTML it left out");
        assertArrayEquals(r.utf8(), CacheEntry.html("gen", "k1", bytes).orElseThrow(), "the HTML alone");
        assertEquals(Optional.of(r.search()), CacheEntry.search("gen", "k1", bytes), "the searchable parts alone");
        assertEquals(Optional.empty(), CacheEntry.html("gen", "k2", bytes));
        assertEquals(Optional.empty(), CacheEntry.search("gen", "k2", bytes));
        assertEquals(Optional.empty(), CacheEntry.search("gen2", "k1", bytes));
        assertEquals(Optional.empty(), CacheEntry.decode("gen", "k2", bytes), "filed under another key");
        assertEquals(Optional.empty(), CacheEntry.decode("gen2", "k1", bytes), "another generator");
        for (int cut = 0; cut < bytes.length; cut += 7) {
            assertTrue(CacheEntry.decode("gen", "k1", java.util.Arrays.copyOf(bytes, cut)).isEmpty(), "cut at " + cut);
            assertTrue(CacheEntry.html("gen", "k1", java.util.Arrays.copyOf(bytes, cut)).isEmpty(), "cut at " + cut);
        }
        // Without the HTML, only the first part is read: it is enough on its own, and checked on its own;
        // the searchable parts need the first two parts, which are checked on their own too.
        int first = CacheEntry.firstPartLength(bytes);
        int second = CacheEntry.searchPartEnd(bytes);
        assertTrue(first > CacheEntry.HEAD && first < second && second < bytes.length - r.utf8().length,
                "parts end at " + first + ", " + second);
        byte[] head = java.util.Arrays.copyOf(bytes, first);
        assertEquals(Optional.of(summary(r)), CacheEntry.decode("gen", "k1", head, false));
        assertEquals(Optional.empty(), CacheEntry.decode("gen", "k1", head), "the whole entry is needed for the HTML");
        assertEquals(Optional.empty(), CacheEntry.search("gen", "k1", head), "the second part is needed for the search");
        assertEquals(Optional.of(r.search()), CacheEntry.search("gen", "k1", java.util.Arrays.copyOf(bytes, second)));
        for (int cut = 0; cut < first; cut += 3) {
            assertTrue(CacheEntry.decode("gen", "k1", java.util.Arrays.copyOf(head, cut), false).isEmpty(), "cut at " + cut);
        }
        for (int cut = 0; cut < second; cut += 3) {
            assertTrue(CacheEntry.search("gen", "k1", java.util.Arrays.copyOf(bytes, cut)).isEmpty(), "cut at " + cut);
        }
        for (int at : new int[] {3, 13, 20, first - 9, first - 1, first + 2, second - 9, second - 1, second + 2, bytes.length - 20}) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x10;
            assertTrue(CacheEntry.decode("gen", "k1", flipped).isEmpty(), "flipped at " + at);
            assertTrue(CacheEntry.html("gen", "k1", flipped).isEmpty(), "flipped at " + at);
            assertEquals(at < first, CacheEntry.decode("gen", "k1", flipped, false).isEmpty(), "first part, flipped at " + at);
            assertEquals(at < second, CacheEntry.search("gen", "k1", flipped).isEmpty(), "search part, flipped at " + at);
        }
    }

    /** The result without its HTML and searchable parts: what a cache entry's first part holds. */
    private static PageResult summary(PageResult r) {
        return new PageResult(r.path(), r.outputFile(), new byte[0], r.cited(), r.diagnostics(), r.anchors(), r.ids(),
                r.links(), r.anchorDeps(), r.sourceDeps(), org.briefing.search.SearchDocs.NONE, r.htmlId());
    }

    @Test
    void noCacheWritesNothingAndBuildsTheSameSite() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        BuildResult r = new Build().run(BuildOptions.build(root, tmp.resolve("plain")));
        assertEquals(ALL, r.rendered());
        assertFalse(Files.exists(root.resolve(BuildOptions.DEFAULT_CACHE)));
        // --no-pdf: the API build above makes no PDF either.
        CommandLineTest.Run cli = CommandLineTest.run("build", "--root", root.toString(), "--no-cache", "--no-pdf");
        assertEquals(0, cli.code(), cli.err());
        assertFalse(Files.exists(root.resolve(BuildOptions.DEFAULT_CACHE)));
        assertEquals(0, CommandLineTest.run("build", "--root", root.toString(), "--no-pdf").code());
        assertTrue(Files.isDirectory(root.resolve(BuildOptions.DEFAULT_CACHE)), "build caches by default");
        RebuildsTest.assertSameTree(tmp.resolve("plain"), root.resolve("site"));
        assertEquals(2, CommandLineTest.run("build", "--root", root.toString(), "--no-cache", "--cache", "x").code());
    }
}
