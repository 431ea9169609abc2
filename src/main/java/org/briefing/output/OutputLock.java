package org.briefing.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on an output folder, held by one build from opening its staging folder to the
 * swap: a second build into the same folder, in this process or another, waits for it a bounded
 * time and then gives up with a clear message, instead of mixing two sites. The lock is an
 * operating-system lock on a file beside the output folder ({@code .site.lock} for {@code site/}),
 * so a killed build releases it with its process. The file stays: deleting a lock file while
 * another process waits on it would let two builds hold "the" lock at once.
 */
final class OutputLock implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock file of output folder {@code out}. */
    static Path fileOf(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /** Takes the lock of {@code out}, waiting at most {@code wait}; throws with the reason otherwise. */
    static OutputLock take(Path out, Duration wait) throws IOException {
        Path file = fileOf(out);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another build in this process
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock != null) {
                return new OutputLock(channel);
            }
            channel.close();
            if (System.nanoTime() - deadline >= 0) {
                throw new IOException("another build is writing " + out + " and did not finish within "
                        + wait.toSeconds() + " s (it holds " + file + "); run one build at a time into one folder");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for another build to finish writing " + out);
            }
        }
    }

    /** Releases the lock (closing the channel releases it); safe to call twice. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel whatever close() reports.
        }
    }
}
