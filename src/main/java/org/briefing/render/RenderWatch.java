package org.briefing.render;

import freemarker.core.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.diag.Position;

/**
 * A time limit on one template render. When it runs out, the rendering thread is interrupted,
 * which the interruption checks Freemarker put into every loop of a template turn into an
 * exception; the template position being run at that moment is kept for the error message.
 * Usage: {@code try (RenderWatch.Watch w = watch.start(env)) { env.process(); } ... w.expired()}.
 */
final class RenderWatch {
    private static final Pattern AT = Pattern.compile(
            "\\[in template \"([^\"]+)\"(?: in (?:macro|function) \"[^\"]*\")? at line (\\d+), column (\\d+)\\]");

    private final Duration limit;
    /** One daemon thread shared by all renders; it only ever interrupts. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "briefing-template-watch");
        t.setDaemon(true);
        return t;
    });

    RenderWatch(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** Starts the clock for a render about to run on this thread. */
    Watch start(Environment env) {
        Watch w = new Watch(Thread.currentThread(), env);
        w.alarm = timer.schedule(w::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    /** One render's clock. */
    static final class Watch implements AutoCloseable {
        private final Thread thread;
        private final Environment env;
        private ScheduledFuture<?> alarm;
        /** 0 running, 1 finished in time, 2 interrupted. */
        private int state;
        private Position at;

        private Watch(Thread thread, Environment env) {
            this.thread = thread;
            this.env = env;
        }

        private synchronized void expire() {
            if (state == 0) {
                state = 2;
                at = where(env);
                thread.interrupt();
            }
        }

        /** Whether the limit ran out (then the render failed because of it). */
        synchronized boolean expired() {
            return state == 2;
        }

        /** Where the template was when the limit ran out, if known. */
        synchronized Position position(String fallback) {
            return at != null ? at : Position.startOf(fallback);
        }

        /** Stops the clock; clears the interrupt it may have caused, so the thread goes on clean. */
        @Override
        public void close() {
            alarm.cancel(false);
            synchronized (this) {
                if (state == 0) {
                    state = 1;
                    return;
                }
            }
            Thread.interrupted();
        }
    }

    /**
     * The position of the instruction running when the limit ran out (a loop's body, or the loop
     * itself when its body is empty), read from Freemarker's instruction stack as it prints it;
     * best effort, as it is read from another thread.
     */
    private static Position where(Environment env) {
        try {
            StringWriter s = new StringWriter();
            env.outputInstructionStack(new PrintWriter(s));
            Matcher m = AT.matcher(s.toString());
            if (m.find()) { // the first line is the innermost instruction
                return new Position("templates/" + m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (RuntimeException e) {
            // The stack changed while it was read; the caller falls back to the template itself.
        }
        return null;
    }
}
