package org.briefing.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches {@code content/} and {@code templates/} under a root, sub-folders included (also ones
 * created later), and calls {@code onChange} once per burst of changes: after the first event it
 * waits until the folders stay quiet for {@link #QUIET_MS} ms. Runs on its own thread until closed.
 */
final class SourceWatcher implements AutoCloseable {
    /** How long the watched folders must stay still before a rebuild starts. */
    static final long QUIET_MS = 20;
    /** Stands for "anything may have changed": a full rebuild. */
    private static final String EVERYTHING = "";
    private static final List<String> WATCHED = List.of("content", "templates");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final java.util.function.Consumer<Set<String>> onChange;
    private final PrintWriter log;
    private final Thread thread;

    /** Registers every folder now, so changes made before {@link #start()} are not lost. */
    SourceWatcher(Path root, java.util.function.Consumer<Set<String>> onChange, PrintWriter log) throws IOException {
        this.root = root;
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.log = log;
        this.thread = new Thread(this::loop, "briefing-watcher");
        this.thread.setDaemon(true);
        register(root);
        for (String name : WATCHED) {
            registerTree(root.resolve(name));
        }
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Set<String> changed = new HashSet<>();
                boolean relevant = handle(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more, changed);
                }
                if (relevant) {
                    runChange(changed.contains(EVERYTHING) ? null : Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runChange(Set<String> changed) {
        try {
            onChange.accept(changed);
        } catch (RuntimeException e) {
            // Keep watching: the next change may well fix whatever went wrong.
            log.println("briefing: internal error during rebuild: " + e);
            log.flush();
        }
    }

    /**
     * Records new folders and adds the root-relative paths that changed to {@code changed}
     * ({@link #EVERYTHING} when events were lost or folders came or went); true if a change
     * touched content/ or templates/ (root events are filtered).
     */
    private boolean handle(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost, maybe new folders among them: look again at everything.
                WATCHED.forEach(n -> registerTree(root.resolve(n)));
                changed.add(EVERYTHING);
                relevant = true;
                continue;
            }
            if (folder == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path changedPath = folder.resolve(name);
            boolean inRoot = folder.equals(root);
            if (inRoot && !WATCHED.contains(name.toString())) {
                continue;
            }
            relevant = true;
            if (inRoot || Files.isDirectory(changedPath, LinkOption.NOFOLLOW_LINKS)) {
                changed.add(EVERYTHING); // a whole folder came or went
            } else {
                changed.add(root.relativize(changedPath).toString().replace('\\', '/'));
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changedPath, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(changedPath);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(dir);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            log.println("cannot watch " + root.relativize(top) + ": " + e.getMessage());
            log.flush();
        }
    }

    private void register(Path dir) {
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, dir);
        } catch (IOException e) {
            log.println("cannot watch " + dir + ": " + e.getMessage());
            log.flush();
        }
    }

    @Override
    public void close() throws IOException {
        // Closing the service ends take()/poll(); no interrupt, so a running build finishes its writes.
        service.close();
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
