package org.briefing.build;

import java.io.DataOutputStream;
import java.io.IOException;
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
import org.briefing.content.PageMemory;

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
 * On disk it is also the loader's {@link PageMemory}: with a page read cleanly it keeps the page's
 * front matter and body line ({@link PageHeads}), so the next build need not read a file that the
 * same test shows unchanged. What it keeps is written by one version of the generator and read by
 * that version only.
 */
final class PageDigests implements PageMemory {
    /** How close a file's modification may come to the moment it was looked at and still be trusted. */
    static final long RACY_MS = 2_000;
    /** Named from the cache secret, like the entries, so a file planted in the cache folder is never read. */
    private static final String FILE = "page-digests-" + CacheSecret.id();
    private static final String HEADER = "briefing page digests 2";

    private record Stat(long size, long modifiedNanos, String fileKey) {
        static Stat of(BasicFileAttributes a) {
            return new Stat(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
        }
    }

    /** What was known of one file; {@code head} empty when its page was not read cleanly. */
    private record Entry(Stat stat, long seenAtMillis, String digest, Optional<PageHeads.Head> head) {
    }

    private final Map<Page, String> known = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Page, Boolean> clean = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Optional<Path> file;
    private final String generator;
    private final Map<String, Entry> stored;
    private final Map<String, Stat> current;
    private final long seenAtMillis;
    private final Map<String, Entry> seen = Collections.synchronizedMap(new HashMap<>());

    private PageDigests(Optional<Path> file, String generator, Map<String, Entry> stored, long seenAtMillis) {
        this.file = file;
        this.generator = generator;
        this.stored = stored;
        this.current = new java.util.concurrent.ConcurrentHashMap<>();
        this.seenAtMillis = seenAtMillis;
    }

    /** Digests kept in memory only (the preview). */
    PageDigests() {
        this(Optional.empty(), "", Map.of(), 0);
    }

    /**
     * Digests remembered in {@code cacheDir} by this {@code generator} (a fingerprint): made before
     * the content is looked at, handed to the loader as its memory, then {@link #save()}d after a
     * successful build.
     */
    static PageDigests onDisk(Path cacheDir, String generator) {
        long now = System.currentTimeMillis();
        return new PageDigests(Optional.of(cacheDir.resolve(FILE)), generator, read(cacheDir.resolve(FILE), generator), now);
    }

    String of(Page page) {
        String d = known.get(page);
        if (d != null) {
            return d;
        }
        Stat now = current.get(page.path());
        Optional<Entry> old = trusted(page.path());
        d = old.isPresent() ? old.get().digest() : digest(page);
        known.put(page, d);
        if (now != null) {
            // Read cleanly: its head now; not read (the loader had it from the trusted entry): as it was.
            Optional<PageHeads.Head> head = clean.containsKey(page)
                    ? Optional.of(new PageHeads.Head(page.front(), page.bodyLine()))
                    : old.flatMap(Entry::head);
            // A trusted entry is kept as it was; any other is this build's look, so an entry too close
            // to its file's last change becomes trusted once a later build looks again.
            seen.put(page.path(), old.isPresent() && old.get().head().equals(head) ? old.get()
                    : new Entry(now, seenAtMillis, d, head));
        }
        return d;
    }

    @Override
    public Optional<Remembered> unchanged(String path, BasicFileAttributes file) {
        if (this.file.isEmpty()) {
            return Optional.empty();
        }
        current.put(path, Stat.of(file));
        return trusted(path).flatMap(e -> e.head().map(h -> new Remembered(h.front(), h.bodyLine(),
                page -> digest(page).equals(e.digest()))));
    }

    @Override
    public void read(Page page) {
        if (file.isPresent()) {
            clean.put(page, Boolean.TRUE);
        }
    }

    /** The stored entry for {@code path} if its file is, by this build's look at it, the one it describes. */
    private Optional<Entry> trusted(String path) {
        Stat now = current.get(path);
        Entry old = stored.get(path);
        return now != null && old != null && old.stat().equals(now)
                && TimeUnit.NANOSECONDS.toMillis(now.modifiedNanos()) < old.seenAtMillis() - RACY_MS
                ? Optional.of(old) : Optional.empty();
    }

    private static String digest(Page page) {
        return new PageKeys.Hasher().add("path", page.path()).add("body line", Integer.toString(page.bodyLine()))
                .add("body", page.body()).hex();
    }

    /** Forgets pages no longer in use. */
    void retain(java.util.Collection<Page> pages) {
        Map<Page, Boolean> live = new IdentityHashMap<>();
        pages.forEach(p -> live.put(p, true));
        known.keySet().removeIf(p -> !live.containsKey(p));
        clean.keySet().removeIf(p -> !live.containsKey(p));
    }

    /** Writes what this build learnt, beside and then over the old file; a failure only costs time. */
    void save() {
        if (file.isEmpty()) {
            return;
        }
        List<String> paths = new ArrayList<>(seen.keySet());
        Collections.sort(paths);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + paths.size() * 256);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(bytes, crc))) {
            CacheEntry.string(out, HEADER);
            CacheEntry.string(out, generator);
            out.writeInt(paths.size());
            for (String p : paths) {
                Entry e = seen.get(p);
                CacheEntry.string(out, p);
                out.writeLong(e.stat().size());
                out.writeLong(e.stat().modifiedNanos());
                CacheEntry.string(out, e.stat().fileKey());
                out.writeLong(e.seenAtMillis());
                CacheEntry.string(out, e.digest());
                out.writeBoolean(e.head().isPresent());
                if (e.head().isPresent()) {
                    PageHeads.write(out, e.head().get());
                }
            }
            out.flush();
            out.writeLong(crc.getValue());
            Files.createDirectories(file.get().getParent());
            Path tmp = file.get().resolveSibling(FILE + ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The next build reads and hashes again.
        }
    }

    /** The entries in {@code file} if it is whole and written by {@code generator}; else none. */
    private static Map<String, Entry> read(Path file, String generator) {
        Map<String, Entry> out = new HashMap<>();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 8) {
                return out;
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8);
            if (tail.getLong() != crc.getValue()) {
                return out;
            }
            CacheReader in = new CacheReader(bytes, bytes.length - 8);
            if (!in.string().equals(HEADER) || !in.string().equals(generator)) {
                return out;
            }
            int n = in.count();
            for (int i = 0; i < n; i++) {
                String path = in.string();
                Stat stat = new Stat(in.readLong(), in.readLong(), in.string());
                long seenAt = in.readLong();
                String digest = in.string();
                if (digest.length() != 64) {
                    throw new IOException("not a digest");
                }
                Optional<PageHeads.Head> head = in.readBoolean() ? Optional.of(PageHeads.read(in, path)) : Optional.empty();
                out.put(path, new Entry(stat, seenAt, digest, head));
            }
            if (in.available() != 0) {
                out.clear();
            }
        } catch (IOException | RuntimeException e) {
            out.clear(); // missing, unreadable or damaged: every page is read and hashed again
        }
        return out;
    }
}
