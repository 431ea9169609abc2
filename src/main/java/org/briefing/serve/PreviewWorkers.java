package org.briefing.serve;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview server's threads: a fixed number of workers, and a time limit on each exchange.
 * The JDK server reads a request's headers on the worker, so a client that connects and then
 * sends slowly, or nothing, would hold a thread for ever; with a thread per connection, 1,500
 * such clients made 1,500 threads. Here connections wait in a queue for one of {@link #THREADS}
 * workers, and an exchange that is not done {@link #limit} after its connection was accepted is
 * interrupted, which closes its socket. Counting from acceptance, not from the start of work,
 * lets a crowd of stalled connections drain at once instead of one limit per worker after another.
 * An event stream, which stays open on purpose, lifts its limit with {@link #streaming()}.
 */
final class PreviewWorkers implements Executor {
    static final int THREADS = 16;
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** The limit of the exchange running on this worker thread, if any. */
    private static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    PreviewWorkers(Duration limit) {
        this.limit = limit;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> daemon(task, "briefing-serve-" + n.incrementAndGet()));
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, task -> daemon(task, "briefing-serve-timer"));
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    Duration limit() {
        return limit;
    }

    @Override
    public void execute(Runnable exchange) {
        long deadline = System.nanoTime() + limit.toNanos();
        workers.execute(() -> run(exchange, deadline));
    }

    private void run(Runnable exchange, long deadline) {
        Exchange e = new Exchange(Thread.currentThread());
        CURRENT.set(e);
        e.arm(timer, deadline - System.nanoTime());
        try {
            exchange.run();
        } finally {
            CURRENT.remove();
            e.disarm();
        }
    }

    /** Called by a handler that keeps its exchange open on purpose (the event stream). */
    static void streaming() {
        Exchange e = CURRENT.get();
        if (e != null) {
            e.disarm();
        }
    }

    void shutdownNow() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /** One exchange's alarm; interrupting its worker closes the socket it blocks on. */
    private static final class Exchange {
        private final Thread worker;
        private ScheduledFuture<?> alarm;
        /** 0 armed, 1 disarmed in time, 2 fired. */
        private int state;

        Exchange(Thread worker) {
            this.worker = worker;
        }

        synchronized void arm(ScheduledExecutorService timer, long nanos) {
            if (nanos <= 0) {
                fire(); // it waited in the queue past its limit: the read fails at once
                return;
            }
            alarm = timer.schedule(this::fire, nanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void fire() {
            if (state == 0) {
                state = 2;
                worker.interrupt();
            }
        }

        /** Stops the alarm; clears an interrupt it caused, so the worker starts its next exchange clean. */
        void disarm() {
            boolean fired;
            synchronized (this) {
                if (alarm != null) {
                    alarm.cancel(false);
                }
                fired = state == 2;
                state = fired ? 2 : 1;
            }
            if (fired) {
                Thread.interrupted();
            }
        }
    }
}
