package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing diff}: exit 0 when it ran (changes or not), 1 when a version cannot be read, 2 on usage mistakes. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path site(String name, String title) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/site.yaml"), "title: T\ndescription: D\nlanguage: en\n");
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: " + title + "\n---\nText.\n");
        return root;
    }

    @Test
    void changesAreReportedWithExitZero() throws IOException {
        Path base = site("base", "Old");
        Path head = site("head", "New");
        Run r = run("diff", "--base", base.toString(), "--root", head.toString());
        assertEquals(new Run(0, """
                Pages
                  retitled: content/index.md  [content/index.md:1:1]
                      title: "Old" -> "New"

                1 change
                """, ""), r);
        assertEquals(0, run("diff", "--base", base.toString(), "--root", base.toString()).code());
    }

    @Test
    void usageMistakesExitTwo() throws IOException {
        Path base = site("base", "Old");
        assertEquals(new Run(2, "", "missing option '--base DIR': the version to compare against\n"
                + "Try 'briefing diff --help' for more.\n"), run("diff"));
        assertEquals(new Run(2, "", "unknown format 'html': use text, markdown or github\n"
                + "Try 'briefing diff --help' for more.\n"), run("diff", "--base", base.toString(), "--format", "html"));
        assertEquals(2, run("diff", "--base", base.toString(), "--bsae", "x").code());
    }

    @Test
    void aVersionThatCannotBeReadExitsOne() throws IOException {
        Path head = site("head", "New");
        String missing = dir.resolve("nowhere").toString();
        assertEquals(new Run(1, "", missing + ":1:1: error: no content/ folder in " + missing + "\n"
                + "  hint: give the folder that holds content/ and templates/\n"
                + "cannot compare: a version could not be read\n"), run("diff", "--base", missing, "--root", head.toString()));
        assertEquals(new Run(1, "::error file=" + missing.replace(":", "%3A").replace(",", "%2C") + ",line=1,col=1::no content/ folder in "
                + missing + " (hint: give the folder that holds content/ and templates/)\n",
                "cannot compare: a version could not be read\n"),
                run("diff", "--base", missing, "--root", head.toString(), "--format", "github"));
    }
}
