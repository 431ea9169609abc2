package org.briefing.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

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

    private final Path out;
    private final Path staging;
    private String failure;

    private SiteWriter(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Checks that {@code out} may be replaced and opens a fresh staging folder beside it.
     * Returns the refusal reason instead when it may not.
     */
    public static Optional<String> refusal(Path root, Path out) {
        Path o = out.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        for (Path guarded : new Path[] {r, r.resolve("content"), r.resolve("templates"), r.resolve("src"), r.resolve(".git")}) {
            if (guarded.startsWith(o)) {
                return Optional.of("refusing to write the site into " + out + ": it is or contains " + guarded);
            }
        }
        if (o.startsWith(r.resolve("content")) || o.startsWith(r.resolve("templates"))) {
            return Optional.of("refusing to write the site into " + out + ": it is inside the input");
        }
        if (o.getParent() == null) {
            return Optional.of("refusing to write the site into the file-system root");
        }
        if (Files.isSymbolicLink(o)) {
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

    /** Opens the staging folder; call {@link #refusal} first. Clears leftovers of a killed build. */
    public static SiteWriter open(Path out) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        Path staging = o.resolveSibling("." + o.getFileName() + ".partial");
        Path old = o.resolveSibling("." + o.getFileName() + ".old");
        deleteIfOurs(staging);
        if (!Files.exists(o, LinkOption.NOFOLLOW_LINKS) && Files.exists(old.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            // A build killed between the two renames of commit(): put the previous site back first.
            Files.move(old, o, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteIfOurs(old);
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            // Not ours (no marker, not empty): its files would end up in the site.
            throw new IOException(staging + " is in the way and was not made by this generator; move it away");
        }
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
        return new SiteWriter(o, staging);
    }

    /**
     * Writes one file into the staging folder. A path leaving the folder, or a file that cannot be
     * written (say a page folder named like a generated file), is not thrown but remembered, and
     * makes {@link #commit} refuse; so rendering goes on and every other problem is still reported.
     */
    @Override
    public void write(String path, byte[] bytes) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging) || target.equals(staging) || path.contains("\\")) {
            fail("output path escapes the output folder: " + path);
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            fail("cannot write " + path + ": " + e.getMessage());
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

    /** Swaps the finished staging folder into place; refuses if any write failed. */
    public void commit() throws IOException {
        Optional<String> failed = failure();
        if (failed.isPresent()) {
            throw new IOException(failed.get());
        }
        Path old = out.resolveSibling("." + out.getFileName() + ".old");
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        deleteIfOurs(old);
    }

    /** Throws the staging folder away; the previous output stays as it was. */
    public void abandon() {
        try {
            deleteIfOurs(staging);
        } catch (IOException e) {
            // Left for the next build to clear; the previous site is untouched either way.
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteIfOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                || !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
            return;
        }
        deleteTree(dir);
    }

    /** Deletes {@code dir} and everything in it; symbolic links are removed, never followed. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
