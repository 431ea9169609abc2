package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one folder from two threads: one waits for the other, or gives up clearly. */
class OutputLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondWriterGivesUpAfterItsWaitWithAClearMessage() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter first = SiteWriter.open(out);
        first.write("a.html", "first");
        IOException e = assertThrows(IOException.class, () -> SiteWriter.open(out, Duration.ofMillis(200), SiteWriter.NONE));
        assertEquals("another build is writing " + out + " and did not finish within 0 s (it holds "
                + tmp.resolve(".site.lock") + "); run one build at a time into one folder", e.getMessage());
        first.commit();
        assertEquals("first", Files.readString(out.resolve("a.html")));
    }

    @Test
    void aSecondWriterWaitsAndThenWritesItsWholeSite() throws Exception {
        Path out = tmp.resolve("site");
        SiteWriter first = SiteWriter.open(out);
        first.write("a.html", "first");
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                SiteWriter w = SiteWriter.open(out, Duration.ofSeconds(30), SiteWriter.NONE);
                w.write("b.html", "second");
                w.commit();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertTrue(!second.isDone(), "the second waits while the first holds the lock");
        first.write("c.html", "first");
        first.commit();
        second.get(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(out.resolve("b.html")));
        assertTrue(!Files.exists(out.resolve("a.html")) && !Files.exists(out.resolve("c.html")), "no mixed site");
    }

    @Test
    void abandoningReleasesTheLock() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.open(out).abandon();
        SiteWriter.open(out, Duration.ZERO, SiteWriter.NONE).abandon();
        assertEquals(java.util.List.of(".site.lock"), java.util.Arrays.stream(tmp.toFile().list()).sorted().toList());
    }
}
