package org.briefing.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.search.IndexState;
import org.briefing.search.SearchDocs;

/**
 * Per-page results by the hash of their inputs ({@link PageKeys}). In memory for the preview's
 * rebuilds, and optionally on disk ({@code target/briefing-cache/} by default) so that the next
 * {@code build} reuses them too: one file an entry, named by its key, written beside and renamed
 * into place so a reader never sees half of one. An entry that does not read back intact is a
 * miss and is deleted. Safe for the threads of one build; one build per cache folder at a time.
 */
public final class PageCache {
    private final Map<String, PageResult> memory = new ConcurrentHashMap<>();
    private final Optional<Path> dir;
    private final String generator;
    private final boolean keepInMemory;
    /** What the last search index was made from, kept in memory by the preview. */
    private volatile IndexState searchIndex;
    /** Its file, named from the cache secret like the entries, so a file planted in the cache folder is never read. */
    private static final String SEARCH_INDEX = "search-index-" + CacheSecret.id();
    /** One copy of each id, link and digest read from disk, shared by the results that hold it. */
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    private PageCache(Optional<Path> dir, String generator, boolean keepInMemory) {
        this.dir = dir.map(d -> d.toAbsolutePath().normalize());
        this.generator = generator;
        this.keepInMemory = keepInMemory;
    }

    /** No cache: every page is rendered. */
    public static PageCache none() {
        return new PageCache(Optional.empty(), Generator.fingerprint(), false);
    }

    /** Entries kept in this object only, for a process that builds many times (the preview). */
    public static PageCache inMemory() {
        return new PageCache(Optional.empty(), Generator.fingerprint(), true);
    }

    /** Entries kept in {@code dir}, for the next run of {@code build}. */
    public static PageCache onDisk(Path dir) {
        return new PageCache(Optional.of(dir), Generator.fingerprint(), false);
    }

    /** As {@link #onDisk(Path)} with the generator fingerprint given (tests: another version's cache). */
    static PageCache onDisk(Path dir, String generator) {
        return new PageCache(Optional.of(dir), generator, false);
    }

    boolean enabled() {
        return keepInMemory || dir.isPresent();
    }

    Optional<PageResult> get(String key) {
        return get(key, true);
    }

    /**
     * As {@link #get(String)}, but an entry read from disk comes without its HTML (empty) and its
     * searchable parts ({@link SearchDocs#NONE}), which {@link #html} and
     * {@link #search} read when the page is written and indexed: a large site's cached pages are
     * then never all in memory at once.
     */
    Optional<PageResult> getWithoutHtml(String key) {
        return get(key, false);
    }

    /** The HTML of the entry under {@code key}, for a result got {@link #getWithoutHtml without it}. */
    Optional<byte[]> html(String key) {
        PageResult r = memory.get(key);
        if (r != null || dir.isEmpty()) {
            return Optional.ofNullable(r).map(PageResult::utf8);
        }
        try {
            return CacheEntry.html(generator, key, Files.readAllBytes(file(key)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String same(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The searchable parts of the entry under {@code key}, for a result got {@link #getWithoutHtml without them}. */
    Optional<SearchDocs> search(String key) {
        PageResult r = memory.get(key);
        if (r != null || dir.isEmpty()) {
            return Optional.ofNullable(r).map(PageResult::search);
        }
        try {
            return CacheEntry.search(generator, key, prefix(file(key), CacheEntry::searchPartEnd));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<PageResult> get(String key, boolean withHtml) {
        PageResult r = memory.get(key);
        if (r != null || dir.isEmpty()) {
            return Optional.ofNullable(r);
        }
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = withHtml ? Files.readAllBytes(file) : prefix(file, CacheEntry::firstPartLength);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<PageResult> read = CacheEntry.decode(generator, key, bytes, withHtml, this::same);
        if (read.isEmpty()) {
            deleteQuietly(file);
        }
        return read;
    }

    /**
     * The start of the entry in {@code file} up to the length {@code end} gives for its head (its
     * first part, or its first two), or what of it there is.
     */
    private static byte[] prefix(Path file, java.util.function.ToIntFunction<byte[]> end) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(CacheEntry.HEAD);
            int length = end.applyAsInt(head);
            if (length < 0) {
                return head;
            }
            byte[] bytes = java.util.Arrays.copyOf(head, length);
            int read = in.readNBytes(bytes, head.length, length - head.length);
            return read == length - head.length ? bytes : java.util.Arrays.copyOf(bytes, head.length + read);
        }
    }

    void put(String key, PageResult result) {
        if (keepInMemory) {
            memory.put(key, result);
        }
        if (dir.isEmpty()) {
            return;
        }
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.write(tmp, CacheEntry.encode(generator, key, result));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only costs time: the build itself goes on.
        }
    }

    private static final java.util.regex.Pattern SHARD = java.util.regex.Pattern.compile("[0-9a-f]{2}");

    /** Forgets every entry whose key is not in {@code live}, so the cache holds one build's worth. */
    /** What the last search index this cache kept was made from, if it is whole and this generator's. */
    Optional<IndexState> searchIndex() {
        if (keepInMemory) {
            return Optional.ofNullable(searchIndex);
        }
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try {
            return IndexState.of(Files.readAllBytes(dir.get().resolve(SEARCH_INDEX)), generator);
        } catch (IOException e) {
            return Optional.empty(); // none yet, or unreadable: the index takes in every page
        }
    }

    /** Keeps {@code state} for the next build's index; a failure to write it only costs that build time. */
    void keepSearchIndex(IndexState state) {
        if (keepInMemory) {
            searchIndex = state;
        }
        if (dir.isEmpty()) {
            return;
        }
        Path file = dir.get().resolve(SEARCH_INDEX);
        Path tmp = file.resolveSibling(SEARCH_INDEX + ".tmp");
        try {
            Files.createDirectories(dir.get());
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                state.writeTo(out, generator);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The older state stays, and is still right (it names pages by what they hold): the next build only takes in more.
        }
    }

    void retain(Set<String> live) {
        memory.keySet().retainAll(live);
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        // Entries live in sub-folders named by their keys' first two characters; other files are not
        // theirs to drop. Names are enough: nothing is looked at but the sub-folders themselves.
        try (java.nio.file.DirectoryStream<Path> shards = Files.newDirectoryStream(dir.get())) {
            for (Path shard : shards) {
                if (!SHARD.matcher(shard.getFileName().toString()).matches()
                        || !Files.isDirectory(shard, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
                    for (Path entry : entries) {
                        if (!live.contains(entry.getFileName().toString())) {
                            deleteQuietly(entry); // a folder planted there is not emptied: it stays
                        }
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Stale entries are only disk space; the next build tries again.
        }
    }

    private Path file(String key) {
        return dir.orElseThrow().resolve(key.substring(0, 2)).resolve(key);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next retain().
        }
    }
}
