package org.briefing.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A build's output step in a process of its own, to be killed: writes {@link #FILES} pages saying
 * {@code label} into {@code out} through {@link SiteWriter}, and at the {@code n}-th time it
 * reaches {@code step} writes the file {@code paused} beside {@code out} and waits to be killed.
 * Usage: {@code SwapChild OUT LABEL STEP N LOCK_WAIT_SECONDS}; step "written" is after the last
 * page, before the swap. Exits 3 when the output cannot be opened.
 */
final class SwapChild {
    static final int FILES = 300;

    private SwapChild() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String label = args[1];
        String step = args[2];
        int n = Integer.parseInt(args[3]);
        Duration wait = Duration.ofSeconds(Long.parseLong(args[4]));
        int[] seen = {0};
        SiteWriter.Steps steps = reached -> {
            if (reached.equals(step) && ++seen[0] == n) {
                pause(out, reached);
            }
        };
        SiteWriter w;
        try {
            w = SiteWriter.open(out, wait, steps);
        } catch (java.io.IOException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        for (int i = 0; i < FILES; i++) {
            w.write("p" + i + "/index.html", label + " " + i + "\n");
        }
        steps.reached("written");
        w.commit();
    }

    private static void pause(Path out, String step) {
        try {
            // Written beside and renamed, so the test never reads the file before its text is in.
            Path tmp = out.resolveSibling("paused.tmp");
            Files.writeString(tmp, step);
            Files.move(tmp, out.resolveSibling("paused"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(Long.MAX_VALUE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
