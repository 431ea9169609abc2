package org.briefing.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;
import org.briefing.html.Json;

/**
 * The pages the search index takes in, {@link #BATCH} at a time, got (a cached page's parts are
 * read from the cache then) and their lines of the page files made on a thread of their own, at
 * most two batches ahead of the thread that takes them: {@link SearchIndex#write}. What that
 * thread throws is thrown by {@link #next}.
 */
final class PageBatches {
    /** Pages taken in at a time: their parts are all the index holds of them at once. */
    static final int BATCH = 256;
    private static final Object END = new Object();

    /** A page's parts, each with its line of the page files. */
    record Prepared(List<SearchDocs.Part> parts, List<String> texts) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;

    /** Pages 0 to {@code count}, page {@code i} being {@code page.apply(i)} (empty: left out). */
    PageBatches(int count, IntFunction<Optional<SearchIndex.Entry>> page) {
        thread = new Thread(() -> {
            try {
                for (int from = 0; from < count; from += BATCH) {
                    List<Prepared> batch = new ArrayList<>(BATCH);
                    for (int i = from; i < Math.min(count, from + BATCH); i++) {
                        page.apply(i).ifPresent(e -> batch.add(prepared(e)));
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
    Optional<List<Prepared>> next() {
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
        return Optional.of((List<Prepared>) o);
    }

    /** Stops the thread if it is still going (the taker gave up). */
    void stop() {
        thread.interrupt();
    }

    private static Prepared prepared(SearchIndex.Entry e) {
        List<SearchDocs.Part> parts = e.docs().parts();
        List<String> texts = new ArrayList<>(parts.size());
        String url = Json.string(e.url());
        String title = Json.string(e.title());
        for (SearchDocs.Part d : parts) {
            texts.add("[" + url + "," + title + "," + Json.string(d.anchor()) + "," + Json.string(d.heading())
                    + "," + Json.string(d.text()) + "]");
        }
        return new Prepared(parts, texts);
    }
}
