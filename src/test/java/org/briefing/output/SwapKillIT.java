package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The swap killed (SIGKILL of a child JVM) at each of its steps, and in the middle of deleting a
 * folder: the next build always recovers. A build that then fails leaves a whole site (the
 * previous one, or the new one when the kill came after the swap) and no leftover; a build that
 * succeeds replaces it.
 */
class SwapKillIT {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "killed at {0} #{1}: then site {2}")
    @CsvSource({
        "staged, 1, v1",
        "delete .out.partial, 1, v1", // never reached: nothing stale to clear, so it runs to the end
        "written, 1, v1",
        "aside, 1, v1",
        "swapped, 1, v2",
        "delete .out.old, 1, v2",
        "delete .out.old, 150, v2",
        "delete .out.old, 300, v2"})
    void theNextBuildRecoversFromAKillAtAnyStep(String step, int n, String after) throws Exception {
        Path out = tmp.resolve("out");
        write(out, "v1");
        boolean paused = runKilled(out, "v2", step, n);
        if (step.equals("delete .out.partial")) {
            assertFalse(paused, "no staging folder to clear");
            assertEquals(pages("v2"), site(out));
            return;
        }
        assertTrue(paused);
        SiteWriter.open(out).abandon(); // the next build fails, yet the output is whole again
        assertEquals(pages(after), site(out));
        assertEquals(List.of(".out.lock", "out"), names(tmp));
        write(out, "v3");
        assertEquals(pages("v3"), site(out));
        assertEquals(List.of(".out.lock", "out"), names(tmp));
    }

    /** A kill while the next build clears what a first kill left: a third build still recovers. */
    @Test
    void aKillWhileClearingTheLeftoversOfAKillIsRecoveredToo() throws Exception {
        Path out = tmp.resolve("out");
        write(out, "v1");
        assertTrue(runKilled(out, "v2", "written", 1));
        assertTrue(runKilled(out, "v3", "delete .out.partial", 120));
        write(out, "v4");
        assertEquals(pages("v4"), site(out));
        assertEquals(List.of(".out.lock", "out"), names(tmp));
    }

    /** Two processes: the second waits while the first holds the lock, and goes on when it dies. */
    @Test
    void aSecondBuildWaitsForTheFirstAndFailsClearlyIfItWaitsTooLong() throws Exception {
        Path out = tmp.resolve("out");
        Process first = start(out, "v1", "written", 1, 60);
        awaitPaused(first);
        Process impatient = start(out, "v2", "", 1, 1);
        assertTrue(impatient.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, impatient.exitValue());
        assertEquals("another build is writing " + out + " and did not finish within 1 s (it holds "
                + tmp.resolve(".out.lock") + "); run one build at a time into one folder\n", log(impatient));
        Process patient = start(out, "v3", "", 1, 60);
        Thread.sleep(1000);
        assertTrue(patient.isAlive(), "waits for the lock");
        first.destroyForcibly();
        assertTrue(patient.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, patient.exitValue(), log(patient));
        assertEquals(pages("v3"), site(out));
        assertEquals(List.of(".out.lock", "out", "paused"), names(tmp));
    }

    /** Runs a child writing {@code label}, kills it where it paused; false if it never paused. */
    private boolean runKilled(Path out, String label, String step, int n) throws Exception {
        Files.deleteIfExists(tmp.resolve("paused"));
        Process p = start(out, label, step, n, 60);
        boolean paused = awaitPaused(p);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        if (paused) {
            assertEquals(step, Files.readString(tmp.resolve("paused")));
            Files.delete(tmp.resolve("paused"));
        } else {
            assertEquals(0, p.exitValue(), log(p));
        }
        return paused;
    }

    private boolean awaitPaused(Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(tmp.resolve("paused")) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return Files.exists(tmp.resolve("paused"));
    }

    private final Map<Process, Path> logs = new java.util.HashMap<>();

    private Process start(Path out, String label, String step, int n, int waitSeconds) throws IOException {
        Path log = Files.createTempFile(tmp.getParent(), "child-", ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SwapChild.class.getName(), out.toString(), label, step,
                Integer.toString(n), Integer.toString(waitSeconds))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        logs.put(p, log);
        return p;
    }

    private String log(Process p) throws IOException {
        return Files.readString(logs.get(p));
    }

    private static void write(Path out, String label) throws IOException {
        SiteWriter w = SiteWriter.open(out, Duration.ofSeconds(5), SiteWriter.NONE);
        for (int i = 0; i < SwapChild.FILES; i++) {
            w.write("p" + i + "/index.html", label + " " + i + "\n");
        }
        w.commit();
    }

    private static Map<String, String> pages(String label) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < SwapChild.FILES; i++) {
            m.put("p" + i + "/index.html", label + " " + i + "\n");
        }
        m.put(SiteWriter.MARKER, "Made by the briefing generator; replaced on every build.\n");
        return m;
    }

    private static Map<String, String> site(Path dir) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
