package org.briefing.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.briefing.content.Page;

/**
 * The SHA-256 digest of each page's own text, the per-page part of its cache key, computed as
 * rarely as it can be: hashing 10,000 pages costs more than reading them from the cache.
 * <ul>
 * <li>In memory, by page object: the preview keeps the pages of unchanged files from one rebuild to
 * the next, so their text is hashed once, not on every save.</li>
 * <li>On disk, as git's index does: beside the cache, each page file's size, modification time and
 * file key when last hashed, with the digest. The files are looked at before they are read, so a
 * file changed while the build reads it looks changed next time; and an entry whose file was
 * modified within {@link #RACY_MS} of being looked at is never trusted, since a later change in the
 * same clock tick would leave its time as it was.</li>
 * </ul>
 */
final class PageDigests {
    /** How close a file's modification may come to the moment it was looked at and still be trusted. */
    static final long RACY_MS = 2_000;
    /** Named from the cache secret, like the entries, so a file planted in the cache folder is never read. */
    private static final String FILE = "page-digests-" + CacheSecret.id();
    private static final String HEADER = "briefing page digests 1";
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private record Stat(long size, long modifiedNanos, String fileKey) {
    }

    private record Entry(Stat stat, long seenAtMillis, String digest) {
    }

    private final Map<Page, String> known = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Optional<Path> file;
    private final Map<String, Entry> stored;
    private final Map<String, Stat> current;
    private final long seenAtMillis;
    private final Map<String, Entry> seen = Collections.synchronizedMap(new HashMap<>());

    private PageDigests(Optional<Path> file, Map<String, Entry> stored, Map<String, Stat> current, long seenAtMillis) {
        this.file = file;
        this.stored = stored;
        this.current = current;
        this.seenAtMillis = seenAtMillis;
    }

    /** Digests kept in memory only (the preview). */
    PageDigests() {
        this(Optional.empty(), Map.of(), Map.of(), 0);
    }

    /**
     * Digests remembered in {@code cacheDir} for the pages under {@code root}: call before the
     * content is read, then {@link #save()} after a successful build.
     */
    static PageDigests onDisk(Path cacheDir, Path root) {
        long now = System.currentTimeMillis();
        return new PageDigests(Optional.of(cacheDir.resolve(FILE)), read(cacheDir.resolve(FILE)), stat(root), now);
    }

    String of(Page page) {
        String d = known.get(page);
        if (d != null) {
            return d;
        }
        Stat now = current.get(page.path());
        Entry old = stored.get(page.path());
        if (now != null && old != null && old.stat().equals(now)
                && TimeUnit.NANOSECONDS.toMillis(now.modifiedNanos()) < old.seenAtMillis() - RACY_MS) {
            d = old.digest();
        } else {
            d = new PageKeys.Hasher().add("path", page.path()).add("body line", Integer.toString(page.bodyLine()))
                    .add("body", page.body()).hex();
        }
        known.put(page, d);
        if (now != null) {
            seen.put(page.path(), old != null && old.digest().equals(d) && old.stat().equals(now) ? old
                    : new Entry(now, seenAtMillis, d));
        }
        return d;
    }

    /** Forgets pages no longer in use. */
    void retain(java.util.Collection<Page> pages) {
        Map<Page, Boolean> live = new IdentityHashMap<>();
        pages.forEach(p -> live.put(p, true));
        known.keySet().removeIf(p -> !live.containsKey(p));
    }

    /** Writes what this build learnt, beside and then over the old file; a failure only costs time. */
    void save() {
        if (file.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        List<String> paths = new ArrayList<>(seen.keySet());
        Collections.sort(paths);
        for (String p : paths) {
            Entry e = seen.get(p);
            b.append(e.stat().size()).append('\t').append(e.stat().modifiedNanos()).append('\t')
                    .append(e.stat().fileKey()).append('\t').append(e.seenAtMillis()).append('\t')
                    .append(e.digest()).append('\t').append(p).append('\n');
        }
        try {
            Files.createDirectories(file.get().getParent());
            Path tmp = file.get().resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The next build hashes again.
        }
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return out;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 6);
                if (f.length == 6 && HEX.matcher(f[4]).matches()) {
                    out.put(f[5], new Entry(new Stat(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2]),
                            Long.parseLong(f[3]), f[4]));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.clear(); // unreadable or damaged: every page is hashed again
        }
        return out;
    }

    /** Size, modification time and file key of every Markdown file under content/, by root-relative path. */
    private static Map<String, Stat> stat(Path root) {
        Map<String, Stat> out = new HashMap<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return out;
        }
        try {
            // The walk looks at each path once; only a link is looked at again, through to its file.
            Files.walkFileTree(content, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes walked) {
                    if (p.getFileName().toString().endsWith(".md")) {
                        try {
                            BasicFileAttributes a = walked.isSymbolicLink() ? Files.readAttributes(p, BasicFileAttributes.class) : walked;
                            out.put(root.relativize(p).toString().replace('\\', '/'), new Stat(a.size(),
                                    a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey())));
                        } catch (IOException e) {
                            // Not stat-able: hashed every time.
                        }
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            out.clear();
        }
        return out;
    }
}
