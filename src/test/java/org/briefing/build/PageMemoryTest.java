package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.briefing.content.Content;
import org.briefing.content.ContentChanged;
import org.briefing.content.ContentLoader;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache's memory of page files ({@link PageDigests} as the loader's {@code PageMemory}):
 * a page whose file is unchanged since the last build is not read, its body is read only when it is
 * rendered, and a file that changed anyway is never mixed with what was remembered of it.
 */
class PageMemoryTest {
    private static final String GENERATOR = "test generator";

    @TempDir
    Path tmp;

    /** The golden site with every page file last modified an hour ago, out of the racy window. */
    private Path settledRoot() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        for (Path md : markdown(root)) {
            Files.setLastModifiedTime(md, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        return root;
    }

    private static List<Path> markdown(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** One build with the cache in {@code cache}, as the build command runs it, but with a fixed generator. */
    private static Content learn(Path root, Path cache) {
        PageDigests digests = PageDigests.onDisk(cache, GENERATOR);
        Diagnostics out = new Diagnostics();
        Content content = new ContentLoader(new YamlReader()).load(root, out, digests);
        assertTrue(out.sorted().stream().noneMatch(Diagnostic::isError), () -> out.sorted().toString());
        content.pages().forEach(digests::of);
        digests.save();
        return content;
    }

    private static Content loadWith(Path root, Path cache, String generator) {
        Diagnostics out = new Diagnostics();
        return new ContentLoader(new YamlReader()).load(root, out, PageDigests.onDisk(cache, generator));
    }

    private static Content fresh(Path root) {
        return new ContentLoader(new YamlReader()).load(root, new Diagnostics());
    }

    @Test
    void pagesUnchangedSinceTheLastBuildAreNotReadAndReadBackTheSame() throws IOException {
        Path root = settledRoot();
        Path cache = tmp.resolve("cache");
        List<Page> first = learn(root, cache).pages();
        assertTrue(first.stream().allMatch(Page::bodyRead), "nothing to remember yet: every page read");

        List<Page> again = loadWith(root, cache, GENERATOR).pages();
        assertEquals(first.size(), again.size());
        assertTrue(again.stream().noneMatch(Page::bodyRead), "every file unchanged: no body read");
        for (int i = 0; i < first.size(); i++) {
            Page was = first.get(i);
            Page now = again.get(i);
            assertEquals(was.front(), now.front(), was.path());
            assertEquals(was.bodyLine(), now.bodyLine(), was.path());
            assertFalse(now.bodyRead());
            assertEquals(was.body(), now.body(), "read from the file when asked for");
            assertTrue(now.bodyRead());
            assertEquals(was, now);
        }
    }

    @Test
    void anEditedPageIsReadAndTheOthersAreNot() throws IOException {
        Path root = settledRoot();
        Path cache = tmp.resolve("cache");
        learn(root, cache);
        Path about = root.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("title: About", "title: About us"));

        List<Page> pages = loadWith(root, cache, GENERATOR).pages();
        for (Page p : pages) {
            assertEquals(p.path().equals("content/about.md"), p.bodyRead(), p.path());
        }
        assertEquals(fresh(root).pages(), pages);
        assertEquals("About us", pages.stream().filter(p -> p.path().equals("content/about.md")).findFirst()
                .orElseThrow().front().title());
    }

    @Test
    void aFileModifiedWithinTheRacyWindowOfTheLookIsReadAgain() throws IOException {
        Path root = CommandLineTest.copyGolden(tmp); // just written: as new as the build's look at it
        Path cache = tmp.resolve("cache");
        learn(root, cache);
        assertTrue(loadWith(root, cache, GENERATOR).pages().stream().allMatch(Page::bodyRead));
    }

    /**
     * A file last changed too close to a build's look at it is read again by the next build, which
     * looks at it anew: once that look is far enough from the change, the page is remembered. (An
     * entry kept as it was first written would stay too close forever.) Waits on the clock.
     */
    @Hardening
    @Test
    void aFileTooNewForOneBuildIsRememberedByALaterOne() throws IOException, InterruptedException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path cache = tmp.resolve("cache");
        long start = System.currentTimeMillis();
        for (Path md : markdown(root)) {
            Files.setLastModifiedTime(md, FileTime.fromMillis(start - 1_500));
        }
        learn(root, cache); // looks at the files at start or later: within two seconds of the change
        while (System.currentTimeMillis() <= start + 600) {
            Thread.sleep(50);
        }
        learn(root, cache); // more than two seconds after the change
        assertTrue(loadWith(root, cache, GENERATOR).pages().stream().noneMatch(Page::bodyRead));
    }

    @Test
    void whatAnotherGeneratorRememberedIsNotBelieved() throws IOException {
        Path root = settledRoot();
        Path cache = tmp.resolve("cache");
        learn(root, cache);
        assertTrue(loadWith(root, cache, "another generator").pages().stream().allMatch(Page::bodyRead));
    }

    @Test
    void aDamagedMemoryIsNotBelieved() throws IOException {
        Path root = settledRoot();
        Path cache = tmp.resolve("cache");
        learn(root, cache);
        Path file;
        try (Stream<Path> list = Files.list(cache)) {
            file = list.filter(p -> p.getFileName().toString().startsWith("page-digests-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("About");
        bytes[at] = 'a'; // a title changed on disk: the checksum no longer holds
        Files.write(file, bytes);
        List<Page> pages = loadWith(root, cache, GENERATOR).pages();
        assertTrue(pages.stream().allMatch(Page::bodyRead));
        assertEquals(fresh(root).pages(), pages);
    }

    /**
     * A file changed in place with its size and time put back looks unchanged (as it does to make and
     * git); when its body is read after all, it no longer holds what was remembered, and the build
     * stops with an error there instead of rendering the new text under the old page's key.
     */
    @Test
    void aBodyThatIsNotWhatWasRememberedStopsTheBuild() throws IOException {
        Path root = settledRoot();
        Path cache = tmp.resolve("cache");
        Path site = tmp.resolve("site");
        assertFalse(new Build().run(BuildOptions.build(root, site).withCache(cache)).hasErrors());
        byte[] before = Files.readAllBytes(site.resolve("about/index.html"));
        Path about = root.resolve("content/about.md");
        FileTime time = Files.getLastModifiedTime(about);
        String text = Files.readString(about);
        Files.writeString(about, text.replace("Only what", "Just what"));
        Files.setLastModifiedTime(about, time);
        assertEquals(text.length(), Files.size(about));

        Page deferred = loadWith(root, cache, Generator.fingerprint()).pages().stream()
                .filter(p -> p.path().equals("content/about.md")).findFirst().orElseThrow();
        assertFalse(deferred.bodyRead());
        ContentChanged e = assertThrows(ContentChanged.class, deferred::body);
        assertEquals("content/about.md", e.path());

        // A template edit renders every page again, so the body is read in the build.
        Path page = root.resolve("templates/page.ftlh");
        Files.writeString(page, Files.readString(page) + "<#-- edited -->\n");
        BuildResult r = new Build().run(BuildOptions.build(root, site).withCache(cache));
        assertTrue(r.hasErrors());
        assertEquals(List.of(Diagnostic.error(Position.startOf("content/about.md"), "changed while the build was reading it",
                "build again once it is saved")), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(site.resolve("about/index.html")), "the site before is left as it was");
    }

    @Test
    void aTemplateEditRendersRememberedPagesFromTheirFilesLikeACleanBuild() throws IOException {
        Path root = settledRoot();
        Path cache = tmp.resolve("cache");
        assertFalse(new Build().run(BuildOptions.build(root, tmp.resolve("one")).withCache(cache)).hasErrors());
        Path page = root.resolve("templates/page.ftlh");
        Files.writeString(page, Files.readString(page) + "<#-- edited -->\n");
        BuildResult r = new Build().run(BuildOptions.build(root, tmp.resolve("two")).withCache(cache));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        assertFalse(r.rendered().isEmpty());
        assertFalse(new Build().run(BuildOptions.build(root, tmp.resolve("clean"))).hasErrors());
        RebuildsTest.assertSameTree(tmp.resolve("clean"), tmp.resolve("two"));
    }

    @Test
    void aHeadReadsBackEqualWhateverItsLength() throws IOException {
        FrontMatter front = new FrontMatter("T\u00e9", "S", "2024-10-18", "", true, "figures", -3,
                new Position("content/a.md", 4, 9), true, "2024-11-01",
                List.of(new FrontMatter.Revision("2024-11-02", "Figures updated.")));
        FrontMatter huge = new FrontMatter("T", "\u00e9".repeat(70_000), "", "", false, "", 0, Position.startOf("content/a.md"));
        for (PageHeads.Head head : List.of(new PageHeads.Head(front, 8), new PageHeads.Head(huge, 1))) {
            byte[] bytes = headBytes(head);
            assertEquals(head, PageHeads.read(new CacheReader(bytes, bytes.length), "content/a.md"));
            assertThrows(IOException.class, () -> PageHeads.read(new CacheReader(bytes, bytes.length), "content/b.md"));
            assertThrows(IOException.class, () -> PageHeads.read(new CacheReader(bytes, bytes.length - 1), "content/a.md"));
        }
    }

    private static byte[] headBytes(PageHeads.Head head) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            PageHeads.write(out, head);
        }
        return bytes.toByteArray();
    }
}
