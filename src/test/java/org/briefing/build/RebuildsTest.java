package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's rebuilds: the one pipeline re-rendering only what an edit touches, byte-identical to a full build. */
class RebuildsTest {
    @TempDir
    Path tmp;

    private Path root() throws IOException {
        return CommandLineTest.copyGolden(tmp);
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        assertEquals(GoldenSiteTest.files(expected), GoldenSiteTest.files(actual));
        for (String f : GoldenSiteTest.files(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    private void assertLikeAFullBuild(Path root, Path live) throws IOException {
        Path full = tmp.resolve("full-" + System.nanoTime());
        assertFalse(new Build().run(BuildOptions.build(root, full)).hasErrors());
        assertSameTree(full, live);
    }

    @Test
    void editedBodyIsRenderedAloneAndMatchesAFullBuild() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        Rebuilds builds = new Rebuilds(BuildOptions.build(root, live));
        BuildResult first = builds.build(live, null);
        assertFalse(first.hasErrors());
        assertEquals(List.of("content/about.md", "content/guide/start.md", "content/index.md"), first.rendered());
        long untouched = Files.getLastModifiedTime(live.resolve("guide/start/index.html")).toMillis();

        Path about = root.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("Only what the sources say [@wire-story].",
                "Only what the sources say [@wire-story], and the agency too [@agency-report-2024, p. 9]."));
        BuildResult updated = builds.build(live, Set.of("content/about.md"));

        assertTrue(updated.written());
        assertFalse(updated.hasErrors(), () -> updated.diagnostics().toString());
        assertEquals(List.of("content/about.md"), updated.rendered());
        assertEquals(untouched, Files.getLastModifiedTime(live.resolve("guide/start/index.html")).toMillis(),
                "other pages are not rewritten");
        assertTrue(Files.readString(live.resolve("about/index.html")).contains("the agency too"));
        assertLikeAFullBuild(root, live);
    }

    @Test
    void citingANewSourceUpdatesTheBibliographyToo() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        Rebuilds builds = new Rebuilds(BuildOptions.build(root, live));
        builds.build(live, null);
        Path start = root.resolve("content/guide/start.md");
        Files.writeString(start, Files.readString(start) + "\nA claim [@agency-report-2024].\n");

        assertEquals(List.of("content/guide/start.md"), builds.build(live, Set.of("content/guide/start.md")).rendered());
        assertTrue(Files.readString(live.resolve("sources/index.html")).contains("guide/start/\">Getting started</a>"));
        assertLikeAFullBuild(root, live);
    }

    @Test
    void anErrorLeavesTheServedPageAndReportsThePosition() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        Rebuilds builds = new Rebuilds(BuildOptions.build(root, live));
        builds.build(live, null);
        String before = Files.readString(live.resolve("about/index.html"));
        Path about = root.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("[@wire-story]", "[@wire-stroy]"));

        BuildResult failed = builds.build(live, Set.of("content/about.md"));

        assertFalse(failed.written());
        assertEquals(List.of("content/about.md:9:28: error: unknown source 'wire-stroy'\n  hint: did you mean 'wire-story'?"),
                failed.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toText).toList());
        assertEquals(before, Files.readString(live.resolve("about/index.html")));

        Files.writeString(about, Files.readString(about).replace("[@wire-stroy]", "[@wire-story]"));
        BuildResult fixed = builds.build(live, Set.of("content/about.md"));
        assertFalse(fixed.hasErrors(), () -> fixed.diagnostics().toString());
        assertLikeAFullBuild(root, live);
    }

    @Test
    void aTitleReRendersEveryPageForTheNavigationAHeadingOnlyThePagesLinkingToIt() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        Rebuilds builds = new Rebuilds(BuildOptions.build(root, live));
        builds.build(live, null);
        Path about = root.resolve("content/about.md");
        String text = Files.readString(about);

        Files.writeString(about, text.replace("## Scope", "## Range"));
        BuildResult heading = builds.build(live, Set.of("content/about.md"));
        assertEquals(List.of("content/about.md", "content/index.md"), heading.rendered(),
                "the home page links about.md#scope, so it reads about's heading ids");
        assertEquals(List.of("content/index.md:15:63: error: link to missing anchor '#scope' in 'about.md#scope'"),
                heading.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toText)
                        .map(t -> t.lines().findFirst().orElseThrow()).toList());
        Files.writeString(about, text);
        assertFalse(builds.build(live, Set.of("content/about.md")).hasErrors());
        assertLikeAFullBuild(root, live);

        Files.writeString(about, text.replace("title: About", "title: About us"));
        assertEquals(List.of("content/about.md", "content/guide/start.md", "content/index.md"),
                builds.build(live, Set.of("content/about.md")).rendered(), "the title is in every page's navigation");
        assertLikeAFullBuild(root, live);

        Files.writeString(root.resolve("content/new.md"), "---\ntitle: New\n---\nHi.\n");
        assertTrue(builds.build(live, Set.of("content/new.md")).written());
        assertLikeAFullBuild(root, live);
        Files.delete(root.resolve("content/new.md"));
        assertTrue(builds.build(live, Set.of("content/new.md")).written());
        assertLikeAFullBuild(root, live);
    }

    @Test
    void filesTheBuildNeverReadsChangeNothing() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        Rebuilds builds = new Rebuilds(BuildOptions.build(root, live));
        BuildResult first = builds.build(live, null);
        assertSame(first, builds.build(live, Set.of("content/.about.md.swp", "content/notes.txt", "README.md")));
    }
}
