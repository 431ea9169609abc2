package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More content than the heap holds: one line on the terminal and exit 1, not a stack trace. */
class OutOfMemoryIT {
    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryIsOneLine() throws Exception {
        TestSite site = TestSite.in(tmp.resolve("root"));
        String paragraph = "A sentence of ordinary prose that goes on for a while, and then some more words.\n\n";
        String body = paragraph.repeat(2 * 1024 * 1024 / paragraph.length());
        for (int i = 0; i < 100; i++) {
            site.file("content/p" + i + ".md", "---\ntitle: P\nlayout: page\n---\n" + body);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main",
                "check", "--root", site.root.toString()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), text);
        assertEquals("briefing: error: out of memory; give the JVM more, e.g. BRIEFING_JAVA_OPTS=-Xmx2g,"
                + " or split the content into smaller files\n", text);
    }
}
