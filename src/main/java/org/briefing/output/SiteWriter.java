package org.briefing.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atomic output: files go to a hidden sibling folder which replaces the output folder only when
 * the whole build succeeded, so a failed or killed build never damages the previous site. A marker
 * file proves a folder was made by this generator; any other non-empty folder is never replaced.
 */
public final class SiteWriter implements Output {
    /** Present in every output folder this generator wrote. */
    public static final String MARKER = ".briefing-output";
    /** What the marker file says. */
    public static final String MARKER_TEXT = "Made by the briefing generator; replaced on every build.\n";

    /** How long a build waits for another build writing the same folder. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final Path out;
    private final Path staging;
    private final OutputLock lock;
    private final Steps steps;
    private String failure;
    /** The site being replaced, from which unchanged files are linked. */
    private final PreviousSite previous;
    /** Where the replaced site is kept for the next build to stage in, if anywhere. */
    private final Optional<SpareSite> spare;
    /** The folder the live site's manifest names, if it is the live site: then they become the spare together. */
    private final Optional<String> live;
    /** Whether the staging folder is the spare (holding the files of {@link #current}), not a new folder. */
    private final boolean adopted;
    /**
     * With a spare: each file the staging folder holds, by path, with what names its bytes; its size, time and
     * key are known only for a file kept from the spare (the others are looked at on commit).
     */
    private final Map<String, SiteManifest.Entry> current = new ConcurrentHashMap<>();
    /** With a spare: the paths this build wrote (or found already written). */
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /**
     * Called at each step of the swap and for each file deleted, so a test can kill the process
     * at any of them; the build passes {@link #NONE}.
     */
    interface Steps {
        void reached(String step);
    }

    static final Steps NONE = step -> { };

    private SiteWriter(Path out, Path staging, OutputLock lock, Steps steps, Optional<SpareSite> spare,
                       Optional<String> live, Optional<Map<String, SiteManifest.Entry>> adopted) {
        this.out = out;
        this.staging = staging;
        this.previous = new PreviousSite(out);
        this.lock = lock;
        this.steps = steps;
        this.spare = spare;
        this.live = live;
        this.adopted = adopted.isPresent();
        adopted.ifPresent(current::putAll);
    }

    /**
     * Checks that {@code out} may be replaced and opens a fresh staging folder beside it.
     * Returns the refusal reason instead when it may not. Paths are compared as they really are
     * (symbolic links in them resolved), so a link cannot make the root or an input look like
     * somewhere else.
     */
    public static Optional<String> refusal(Path root, Path out) {
        Path o = real(out);
        Path r = real(root);
        for (Path guarded : new Path[] {r, r.resolve("content"), r.resolve("templates"), r.resolve("src"), r.resolve(".git")}) {
            for (Path g : List.of(guarded, real(guarded))) {
                if (g.startsWith(o)) {
                    return Optional.of("refusing to write the site into " + out + ": it is or contains " + guarded);
                }
                if (!g.equals(r) && o.startsWith(g) && !guarded.endsWith("src")) {
                    return Optional.of("refusing to write the site into " + out + ": it is inside the input");
                }
            }
        }
        if (o.getParent() == null) {
            return Optional.of("refusing to write the site into the file-system root");
        }
        Path spelled = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(spelled)) {
            return Optional.of("refusing to write the site through the symbolic link " + out);
        }
        if (Files.exists(o, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("refusing to replace " + out + ": it is a file, not a folder");
            }
            if (!Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
                return Optional.of("refusing to replace " + out + ": it is not empty and was not made by this generator (no "
                        + MARKER + " file)");
            }
        }
        return Optional.empty();
    }

    /**
     * {@code p} as it really is: its longest existing ancestor with symbolic links resolved, the
     * rest as spelled ({@code p} need not exist yet).
     */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getFileSystem().getPath("");
        for (Path at = abs; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(rest);
            } catch (IOException e) {
                rest = at.getFileName() == null ? rest : at.getFileName().resolve(rest);
            }
        }
        return abs;
    }

    /**
     * Opens the staging folder; call {@link #refusal} first. Takes the output folder's lock (waiting
     * for another build at most {@link #LOCK_WAIT}), then recovers from a build killed at any step.
     */
    public static SiteWriter open(Path out) throws IOException {
        return open(out, LOCK_WAIT, NONE, Optional.empty());
    }

    /** The same, staging the site in {@code spare} when it holds a usable one, and keeping the replaced site there. */
    public static SiteWriter open(Path out, SpareSite spare) throws IOException {
        return open(out, LOCK_WAIT, NONE, Optional.of(spare));
    }

    static SiteWriter open(Path out, Duration wait, Steps steps) throws IOException {
        return open(out, wait, steps, Optional.empty());
    }

    /**
     * The swap is: write {@code .site.partial} (marker first), rename {@code site} to
     * {@code .site.old}, rename {@code .site.partial} to {@code site}, delete {@code .site.old}
     * (marker last). So after a kill at any point each leftover still has its marker, or is empty,
     * and is recognised here: a half-written staging folder is deleted, a site moved aside is put
     * back, an old site half deleted is deleted.
     */
    static SiteWriter open(Path out, Duration wait, Steps steps, Optional<SpareSite> spare) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        Files.createDirectories(o.getParent());
        OutputLock lock = OutputLock.take(o, wait);
        try {
            Path staging = sibling(o, "partial");
            Path old = sibling(o, "old");
            deleteIfOurs(staging, steps);
            if (!Files.exists(o, LinkOption.NOFOLLOW_LINKS) && Files.exists(old.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                // A build killed between the two renames of commit(): put the previous site back first.
                Files.move(old, o, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteIfOurs(old, steps);
            for (Path leftover : List.of(staging, old)) {
                if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    // Not ours (no marker, not empty): its files would end up in the site, or block the swap.
                    throw new IOException(leftover + " is in the way and was not made by this generator; move it away");
                }
            }
            Optional<String> live = spare.flatMap(s -> s.live(o));
            Optional<Map<String, SiteManifest.Entry>> adopted = spare.flatMap(s -> s.adopt(staging));
            if (adopted.isEmpty()) {
                Files.createDirectories(staging);
                Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
            }
            steps.reached("staged");
            return new SiteWriter(o, staging, lock, steps, spare, live, adopted);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Path sibling(Path out, String what) {
        return out.resolveSibling("." + out.getFileName() + "." + what);
    }

    /**
     * Writes one file into the staging folder. A path leaving the folder, or a file that cannot be
     * written (say a page folder named like a generated file), is not thrown but remembered, and
     * makes {@link #commit} refuse; so rendering goes on and every other problem is still reported.
     */
    @Override
    public void write(String path, byte[] bytes) {
        write(path, bytes, null);
    }

    /**
     * The same, with what names {@code bytes} when the caller has a name for them ({@code content}:
     * two writes with the same name write the same bytes), else null. With a spare, a file the
     * staging folder already holds is left as it is: known by that name, or, for a file with no
     * name, by its bytes compared. A small file with no name is named by its SHA-256 here; a large
     * one is compared instead, which costs less than hashing it.
     */
    @Override
    public void write(String path, byte[] bytes, String content) {
        if (content != null && plain(path) && heldAs(path, content)) {
            return; // held under that name already: no path need be made
        }
        Optional<Path> file = Output.file(staging, path);
        if (file.isEmpty()) {
            fail("output path escapes the output folder: " + path);
            return;
        }
        Path target = file.get();
        String relative = SpareSite.relative(staging, target);
        String name = spare.isEmpty() ? null : content != null ? content : nameOf(bytes);
        if (name != null && (heldAs(relative, name) || sameBytes(relative, target, bytes, name))) {
            return;
        }
        try {
            try {
                Files.createDirectories(target.getParent());
                if (adopted || !previous.linkUnchanged(staging.relativize(target), target, bytes)) {
                    writeNew(target, bytes);
                }
            } catch (IOException e) {
                if (!adopted || !clearWayFor(target)) {
                    throw e;
                }
                Files.createDirectories(target.getParent());
                writeNew(target, bytes);
            }
            if (name != null) {
                current.put(relative, new SiteManifest.Entry(name, -1, -1, ""));
                written.add(relative);
            }
        } catch (IOException e) {
            fail("cannot write " + path + ": " + e.getMessage());
        }
    }

    /** Files written this recently when the build ends are recorded without a name (see finish); tests set 0. */
    static volatile long racyMillis = 2000;

    /** Files up to this size are named by their SHA-256; larger ones are compared byte for byte. */
    static final int HASHED = 8 * 1024;

    private static String nameOf(byte[] bytes) {
        return bytes.length <= HASHED ? "s:" + Digests.sha256(bytes) : "";
    }

    /**
     * Whether the staging folder already holds {@code path} with the bytes named {@code content} (a
     * file kept from the spare, or written before in this build); if so it counts as written.
     */
    @Override
    public boolean holds(String path, String content) {
        if (spare.isEmpty()) {
            return false;
        }
        if (plain(path)) {
            return heldAs(path, content);
        }
        Optional<Path> file = Output.file(staging, path);
        return file.isPresent() && heldAs(SpareSite.relative(staging, file.get()), content);
    }

    /**
     * Whether {@code path} is already the relative path {@link Output#file} would make of it: names
     * joined by single slashes, none of them "." or "..", no backslash. A build's paths all are, and
     * for them the staging folder's files are looked up without a {@link Path} being made: 45,000
     * lookups at 10,000 pages.
     */
    static boolean plain(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0) {
            return false;
        }
        int start = 0;
        while (true) {
            int end = path.indexOf('/', start);
            int stop = end < 0 ? path.length() : end;
            int length = stop - start;
            if (length == 0 || length == 1 && path.charAt(start) == '.'
                    || length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }

    private boolean heldAs(String path, String content) {
        SiteManifest.Entry e = current.get(path);
        if (e == null || content.isEmpty() || !e.content().equals(content)) {
            return false;
        }
        written.add(path);
        return true;
    }

    /**
     * Whether the staging folder's {@code path} (a file it held already) has exactly {@code bytes};
     * if so it counts as written, and is known by {@code name} from now on.
     */
    private boolean sameBytes(String path, Path target, byte[] bytes, String name) {
        SiteManifest.Entry e = current.get(path);
        if (e == null || e.size() >= 0 && e.size() != bytes.length) {
            return false;
        }
        try {
            if (!java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
        } catch (IOException x) {
            return false;
        }
        current.put(path, new SiteManifest.Entry(name, e.size(), e.modified(), e.fileKey()));
        written.add(path);
        return true;
    }

    /**
     * A file of the spare where {@code target} needs a folder, or a folder of it where {@code target}
     * goes, is in the way only because the site changed shape: cleared unless this build wrote it.
     * Returns whether anything was cleared.
     */
    private synchronized boolean clearWayFor(Path target) throws IOException {
        boolean cleared = false;
        for (Path at = staging.relativize(target.getParent()); at != null && !at.toString().isEmpty(); at = at.getParent()) {
            Path p = staging.resolve(at);
            String relative = SpareSite.relative(staging, p);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && !written.contains(relative)) {
                Files.delete(p);
                current.remove(relative);
                cleared = true;
            }
        }
        String relative = SpareSite.relative(staging, target);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                && written.stream().noneMatch(w -> w.startsWith(relative + "/"))) {
            deleteTree(target);
            current.keySet().removeIf(k -> k.startsWith(relative + "/"));
            cleared = true;
        }
        return cleared;
    }

    /**
     * Writes {@code bytes} as a new file, never into an existing one: a file written twice (a site's
     * own asset over a built-in one) may be a link shared with the previous site, which must stay whole.
     */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.delete(target);
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Replaces every {@code token} in files already written (UTF-8 text) with {@code replacement}:
     * for what is known only once the rest is written, such as the size of the PDF edition.
     */
    public void replace(java.util.Collection<String> paths, String token, String replacement) {
        for (String path : paths) {
            Path target = staging.resolve(path).normalize();
            if (!target.startsWith(staging) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                String text = Files.readString(target);
                if (text.contains(token)) {
                    byte[] bytes = text.replace(token, replacement).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    writeNew(target, bytes);
                    if (spare.isPresent()) {
                        current.put(SpareSite.relative(staging, target), new SiteManifest.Entry(nameOf(bytes), -1, -1, ""));
                    }
                }
            } catch (IOException e) {
                fail("cannot update " + path + ": " + e.getMessage());
            }
        }
    }

    private synchronized void fail(String message) {
        if (failure == null) {
            failure = message;
        }
    }

    /** The first write that failed, if any. */
    public synchronized Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Swaps the finished staging folder into place and releases the lock; refuses if any write failed. */
    public void commit() throws IOException {
        Optional<String> failed = failure();
        if (failed.isPresent()) {
            throw new IOException(failed.get());
        }
        Optional<SiteManifest> manifest = spare.isPresent() ? Optional.of(finish()) : Optional.empty();
        Path old = sibling(out, "old");
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            steps.reached("aside");
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        steps.reached("swapped");
        try {
            // The replaced site becomes the spare the next build stages in, or is deleted.
            if (spare.isPresent() && spare.get().keep(old, live, manifest.get())) {
                steps.reached("spared");
            } else {
                deleteIfOurs(old, steps);
            }
        } finally {
            lock.close();
        }
    }

    /**
     * Deletes what the staging folder kept from the spare but this build did not write, and the
     * folders that leaves empty; returns the manifest of what is left, looking at each file written.
     */
    private SiteManifest finish() throws IOException {
        java.util.Set<Path> emptied = new java.util.HashSet<>();
        for (String path : current.keySet()) {
            if (!written.contains(path)) {
                Path file = staging.resolve(path);
                Files.deleteIfExists(file);
                current.remove(path);
                emptied.add(file.getParent());
            }
        }
        for (Path dir : emptied) {
            for (Path d = dir; d != null && d.startsWith(staging) && !d.equals(staging); d = d.getParent()) {
                try {
                    Files.deleteIfExists(d);
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    break;
                }
            }
        }
        Map<String, SiteManifest.Entry> files = new java.util.HashMap<>();
        // A file changed in place within the file system's clock tick of being written would show
        // the same time: a file this recent is recorded without a name, so it is compared next time.
        long racy = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() - racyMillis);
        java.util.Map.copyOf(current).entrySet().parallelStream().map(e -> {
            SiteManifest.Entry known = e.getValue();
            if (known.size() >= 0) {
                return Map.entry(e.getKey(), Optional.of(known.modified() >= racy ? known.unnamed() : known));
            }
            try {
                BasicFileAttributes a = Files.readAttributes(staging.resolve(e.getKey()), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return Map.entry(e.getKey(), SiteManifest.entry(known.content(), a).map(f -> f.modified() >= racy ? f.unnamed() : f));
            } catch (IOException x) {
                return Map.entry(e.getKey(), Optional.<SiteManifest.Entry>empty());
            }
        }).toList().forEach(e -> e.getValue().ifPresent(v -> files.put(e.getKey(), v)));
        return new SiteManifest(SiteManifest.identity(staging).orElse(""), files);
    }

    /** Throws the staging folder away and releases the lock; the previous output stays as it was. */
    public void abandon() {
        try {
            deleteIfOurs(staging, steps);
        } catch (IOException e) {
            // Left for the next build to clear; the previous site is untouched either way.
        } finally {
            lock.close();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteIfOurs(Path dir, Steps steps) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                || !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
            return;
        }
        delete(dir, steps);
    }

    /** Deletes {@code dir} and everything in it; symbolic links are removed, never followed. */
    public static void deleteTree(Path dir) throws IOException {
        delete(dir, NONE);
    }

    /**
     * Deletes {@code dir}, its {@link #MARKER} last: until the folder is gone it is recognisably
     * ours, so a build killed halfway leaves something the next build deletes, not a stranger.
     */
    private static void delete(Path dir, Steps steps) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path marker = dir.resolve(MARKER);
        String step = "delete " + dir.getFileName();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                    steps.reached(step);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (d.equals(dir)) {
                    Files.deleteIfExists(marker);
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
