package org.briefing.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * Work on each page the search index takes in, {@link #BATCH} pages at a time, done on a thread of
 * its own at most two batches ahead of the thread that takes what it made: {@link SearchIndex#write}
 * gets a page's parts there (a cached page's are read from the cache then) and writes its file of
 * the index. What that thread throws is thrown by {@link #next}.
 */
final class PageBatches<T> {
    /** Pages taken in at a time: their parts are all the index holds of them at once. */
    static final int BATCH = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;

    /** Pages 0 to {@code count}, what page {@code i} makes being {@code work.apply(i)} (empty: nothing to take). */
    PageBatches(int count, IntFunction<Optional<T>> work) {
        thread = new Thread(() -> {
            try {
                for (int from = 0; from < count; from += BATCH) {
                    List<T> batch = new ArrayList<>(BATCH);
                    for (int i = from; i < Math.min(count, from + BATCH); i++) {
                        work.apply(i).ifPresent(batch::add);
                    }
                    queue.put(batch);
                }
                queue.put(END);
            } catch (InterruptedException e) {
                // The taker stopped: nothing more is wanted.
            } catch (RuntimeException | Error e) {
                queue.clear();
                queue.offer(e);
            }
        }, "search-pages");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, in page order; empty after the last. */
    @SuppressWarnings("unchecked")
    Optional<List<T>> next() {
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing pages", e);
        }
        if (o == END) {
            queue.offer(END);
            return Optional.empty();
        }
        if (o instanceof RuntimeException r) {
            throw r;
        }
        if (o instanceof Error err) {
            throw err;
        }
        return Optional.of((List<T>) o);
    }

    /** Stops the thread if it is still going (the taker gave up). */
    void stop() {
        thread.interrupt();
    }
}
