package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes, verbatim diagnostics and the promise that a failed build leaves the old site alone.
 * The builds here skip the PDF edition, which PdfEditionTest and PdfSiteTest (and the site build
 * of {@code mvn package}) cover: rendering it would load and warm the whole PDF renderer in the
 * quick test run for tests that never look at it.
 */
class CommandLineTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static Path copyGolden(Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        for (String dir : List.of("content", "templates")) {
            Path from = GoldenSiteTest.GOLDEN.resolve(dir);
            try (var walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = root.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return root;
    }

    @Test
    void successExitsZero(@TempDir Path tmp) throws IOException {
        Path root = copyGolden(tmp);
        Run r = run("build", "--no-pdf", "--root", root.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(root.resolve("site/index.html")));
        assertEquals(0, run("check", "--root", root.toString()).code());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("check", "--format", "xml").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("build", "--base-url", "not a url").code());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("briefing "), version.out());
    }

    @Test
    void pageWithoutTitleIsReportedVerbatim(@TempDir Path tmp) throws IOException {
        Path root = copyGolden(tmp);
        Files.writeString(root.resolve("content/untitled.md"), "---\nsummary: no title here\n---\nText.\n");
        Run r = run("check", "--root", root.toString());
        assertEquals(1, r.code());
        assertEquals("""
                content/untitled.md:1:1: error: page has no title
                  hint: add 'title: ...' to the front matter
                1 error, 0 warnings
                """, r.err());
    }

    @Test
    void failedBuildLeavesThePreviousSiteByteIdentical(@TempDir Path tmp) throws IOException {
        Path root = copyGolden(tmp);
        assertEquals(0, run("build", "--no-pdf", "--root", root.toString()).code());
        Path site = root.resolve("site");
        List<String> before = GoldenSiteTest.files(site);
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        Files.writeString(root.resolve("content/about.md"), "---\ntitle: About\n---\nBroken [@no-such-source].\n");
        Run failed = run("build", "--no-pdf", "--root", root.toString());

        assertEquals(1, failed.code());
        assertTrue(failed.err().contains("content/about.md:4:9: error: unknown source 'no-such-source'"), failed.err());
        assertEquals(before, GoldenSiteTest.files(site));
        assertEquals(new String(index), Files.readString(site.resolve("index.html")));
        try (var siblings = Files.list(root)) {
            assertEquals(List.of(".site.lock", "content", "site", "target", "templates"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind (target/ holds the build cache, .site.lock the output lock)");
        }
    }

    @Test
    void refusesToReplaceAForeignFolder(@TempDir Path tmp) throws IOException {
        Path root = copyGolden(tmp);
        Path foreign = tmp.resolve("precious");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("keep.txt"), "mine");
        Run r = run("build", "--root", root.toString(), "--out", foreign.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not made by this generator"), r.err());
        assertEquals("mine", Files.readString(foreign.resolve("keep.txt")));
        assertEquals(1, run("build", "--root", root.toString(), "--out", root.toString()).code());
        assertEquals(1, run("build", "--root", root.toString(), "--out", root.resolve("content").toString()).code());
        assertTrue(Files.exists(root.resolve("content/index.md")));
    }

    @Test
    void markdownMayLinkBibliographyEntriesEvenWithoutASourcesPage(@TempDir Path tmp) throws IOException {
        Path root = copyGolden(tmp);
        Path about = root.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nSee [the story](sources.md#wire-story).\n");
        assertEquals(0, run("build", "--no-pdf", "--root", root.toString()).code());
        assertTrue(Files.readString(root.resolve("site/about/index.html")).contains("<a href=\"../sources/#wire-story\">the story</a>"));

        Files.writeString(about, Files.readString(about).replace("#wire-story", "#wire-stroy"));
        Run broken = run("check", "--root", root.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("content/about.md:11:17: error: link to missing anchor '#wire-stroy' in 'sources.md#wire-stroy'\n  hint: did you mean 'wire-story'?"),
                broken.err());
    }
}
