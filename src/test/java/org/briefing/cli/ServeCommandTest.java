package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses bad options as usage errors (exit 2) before it starts anything. */
class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void aMissingRootIsAUsageError() {
        Path missing = temp.resolve("missing");
        assertEquals("--root " + missing + " is not a folder", firstLineOf(2, "serve", "--root", missing.toString()));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertEquals("--port must be between 0 and 65535, not 70000",
                firstLineOf(2, "serve", "--root", temp.toString(), "--port", "70000"));
    }

    private static String firstLineOf(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(expectedExit, Main.run(args, new PrintWriter(out), new PrintWriter(err)));
        assertEquals("", out.toString());
        return err.toString().lines().findFirst().orElse("");
    }
}
