package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's incremental rebuild: only the edited page, and byte-identical to a full build. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private Path root() throws IOException {
        return CommandLineTest.copyGolden(tmp);
    }

    private static void assertSameTree(Path expected, Path actual) throws IOException {
        assertEquals(GoldenSiteTest.files(expected), GoldenSiteTest.files(actual));
        for (String f : GoldenSiteTest.files(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    @Test
    void editedBodyIsRebuiltAloneAndMatchesAFullBuild() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        IncrementalBuild builds = new IncrementalBuild(BuildOptions.build(root, live));
        assertFalse(builds.full().hasErrors());
        long untouched = Files.getLastModifiedTime(live.resolve("guide/start/index.html")).toMillis();

        Path about = root.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("Only what the sources say [@wire-story].",
                "Only what the sources say [@wire-story], and the agency too [@agency-report-2024, p. 9]."));
        BuildResult updated = builds.update(Set.of("content/about.md"));

        assertNotNull(updated, "a body-only edit is incremental");
        assertTrue(updated.written());
        assertFalse(updated.hasErrors(), () -> updated.diagnostics().toString());
        assertEquals(untouched, Files.getLastModifiedTime(live.resolve("guide/start/index.html")).toMillis(),
                "other pages are not rewritten");
        assertTrue(Files.readString(live.resolve("about/index.html")).contains("the agency too"));

        Path full = tmp.resolve("full");
        assertFalse(new Build().run(BuildOptions.build(root, full)).hasErrors());
        assertSameTree(full, live);
    }

    @Test
    void citingANewSourceUpdatesTheBibliographyToo() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        IncrementalBuild builds = new IncrementalBuild(BuildOptions.build(root, live));
        builds.full();
        Path start = root.resolve("content/guide/start.md");
        Files.writeString(start, Files.readString(start) + "\nA claim [@agency-report-2024].\n");

        assertNotNull(builds.update(Set.of("content/guide/start.md")));
        assertTrue(Files.readString(live.resolve("sources/index.html")).contains("guide/start/\">Getting started</a>"));
        Path full = tmp.resolve("full");
        new Build().run(BuildOptions.build(root, full));
        assertSameTree(full, live);
    }

    @Test
    void anErrorLeavesTheServedPageAndReportsThePosition() throws IOException {
        Path root = root();
        Path live = tmp.resolve("live");
        IncrementalBuild builds = new IncrementalBuild(BuildOptions.build(root, live));
        builds.full();
        String before = Files.readString(live.resolve("about/index.html"));
        Path about = root.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("[@wire-story]", "[@wire-stroy]"));

        BuildResult failed = builds.update(Set.of("content/about.md"));

        assertNotNull(failed);
        assertFalse(failed.written());
        assertEquals(List.of("content/about.md:9:28: error: unknown source 'wire-stroy'\n  hint: did you mean 'wire-story'?"),
                failed.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toText).toList());
        assertEquals(before, Files.readString(live.resolve("about/index.html")));
    }

    @Test
    void frontMatterHeadingsAndNewFilesNeedAFullBuild() throws IOException {
        Path root = root();
        IncrementalBuild builds = new IncrementalBuild(BuildOptions.build(root, tmp.resolve("live")));
        builds.full();
        Path about = root.resolve("content/about.md");
        String text = Files.readString(about);

        Files.writeString(about, text.replace("title: About", "title: About us"));
        assertNull(builds.update(Set.of("content/about.md")), "title changes the navigation of every page");
        Files.writeString(about, text.replace("## Scope", "## Range"));
        assertNull(builds.update(Set.of("content/about.md")), "heading ids are link targets");
        Files.writeString(root.resolve("content/new.md"), "---\ntitle: New\n---\nHi.\n");
        assertNull(builds.update(Set.of("content/new.md")));
        assertNull(builds.update(Set.of("templates/page.ftlh")));
        assertNull(builds.update(Set.of("content/sources.yaml")));
    }

    @Test
    void filesTheBuildNeverReadsChangeNothing() throws IOException {
        Path root = root();
        IncrementalBuild builds = new IncrementalBuild(BuildOptions.build(root, tmp.resolve("live")));
        BuildResult first = builds.full();
        assertEquals(first, builds.update(Set.of("content/.about.md.swp", "content/notes.txt", "README.md")));
    }
}
