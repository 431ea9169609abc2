package org.briefing.build;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work a build does beside its main line, each on a thread of its own: not in the common pool,
 * which on two cores has one worker, busy with the build's parallel streams, so the work would wait
 * for them instead of running beside them.
 */
final class Background {
    private Background() {
    }

    /** {@code work} started now on a daemon thread named {@code name}. */
    static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** What {@code f} made; what it threw is thrown here as it was, not wrapped. */
    static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
