package org.briefing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;

/**
 * The site before the live one, kept in the build cache so the next build can stage its site in it
 * rather than in an empty folder: after a small edit it then writes the few files that changed and
 * deletes the few that went, instead of making tens of thousands of files and deleting as many. The
 * swap stays as it was (the live site is never written into); only the folders change roles.
 *
 * <p>Three things sit in the cache folder for each output folder, named with the cache secret's id
 * and the output folder's path: the spare folder, its manifest, and the live site's manifest
 * ({@link SiteManifest}). A file of the spare is kept only
 * where its manifest vouches for it and the file is, by size, time and file key, the one written;
 * anything else in the spare is deleted before the build writes. A spare without a good manifest
 * is deleted whole. The spare's manifest is deleted before the spare is touched, so a build killed
 * while updating it leaves a folder the next build deletes, never one it believes.
 */
public final class SpareSite {
    private final Path folder;
    private final Path spareManifest;
    private final Path siteManifest;
    private final byte[] secret;

    /** A spare in {@code cacheDir}, its files named with {@code name}, manifests signed with {@code secret}. */
    public SpareSite(Path cacheDir, String name, byte[] secret) {
        Path dir = cacheDir.toAbsolutePath().normalize();
        this.folder = dir.resolve("site-" + name + ".spare");
        this.spareManifest = dir.resolve("site-" + name + ".spare.manifest");
        this.siteManifest = dir.resolve("site-" + name + ".manifest");
        this.secret = secret.clone();
    }

    /**
     * The folder the live site's recorded manifest names, if that is {@code out} as it is. Only the
     * manifest's head is read: the manifest goes with the live site when it becomes the spare, and
     * is checked whole (and its signature) only when a build stages in that spare.
     */
    Optional<String> live(Path out) {
        Optional<String> id = SiteManifest.identity(out);
        return SiteManifest.folderOf(siteManifest).filter(f -> id.isPresent() && f.equals(id.get()));
    }

    /**
     * Moves the spare to {@code staging} (which must not exist) if its manifest vouches for it, and
     * clears out of it every file the manifest does not describe as it is. Returns the files left,
     * by path; empty, with no spare left, when there is none to use.
     */
    Optional<Map<String, SiteManifest.Entry>> adopt(Path staging) {
        Optional<SiteManifest> manifest = SiteManifest.read(spareManifest, secret);
        try {
            Files.deleteIfExists(spareManifest); // from here on a kill leaves a spare no build believes
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Optional<String> id = SiteManifest.identity(folder);
            if (manifest.isEmpty() || id.isEmpty() || !manifest.get().folder().equals(id.get())) {
                SiteWriter.deleteTree(folder);
                return Optional.empty();
            }
            Files.move(folder, staging, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(folder);
            return Optional.empty();
        }
        try {
            return Optional.of(clear(staging, manifest.get().files()));
        } catch (IOException e) {
            deleteQuietly(staging);
            return Optional.empty();
        }
    }

    /**
     * Deletes from {@code dir} every file {@code described} does not vouch for; the rest, by path.
     * Folders are looked through in parallel: a large site is tens of thousands of files in
     * thousands of folders, and each file is looked at once.
     */
    private static Map<String, SiteManifest.Entry> clear(Path dir, Map<String, SiteManifest.Entry> described) throws IOException {
        Map<String, SiteManifest.Entry> kept = new java.util.concurrent.ConcurrentHashMap<>(Math.max(16, described.size() * 2));
        try {
            clear(dir, "", described, kept);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return kept;
    }

    /** Clears {@code dir}, whose path under the site is {@code under} ("" for the site, else ending in "/"). */
    private static void clear(Path dir, String under, Map<String, SiteManifest.Entry> described,
                              Map<String, SiteManifest.Entry> kept) {
        java.util.List<Path> folders = new java.util.ArrayList<>();
        java.util.List<String> folderPaths = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                // Its path under the site from the folder's and its name: no path is made relative again.
                String path = under + p.getFileName().toString();
                if (a.isDirectory()) {
                    folders.add(p);
                    folderPaths.add(path + "/");
                    continue;
                }
                if (under.isEmpty() && path.equals(SiteWriter.MARKER)) {
                    continue;
                }
                SiteManifest.Entry e = described.get(path);
                if (e != null && e.describes(a)) {
                    kept.put(path, e);
                } else {
                    Files.delete(p); // a symbolic link is a file here, removed and never followed
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, folders.size());
        (folders.size() > 1 ? each.parallel() : each).forEach(i -> clear(folders.get(i), folderPaths.get(i), described, kept));
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * After the swap: keeps {@code old}, the site just replaced, as the spare when {@code oldFolder}
     * (what {@link #live} said of it) shows the live manifest describes it, the manifest going with
     * it as the spare's; then records {@code current} as the live site's manifest. Returns whether
     * {@code old} was kept; if not, the caller deletes it.
     */
    boolean keep(Path old, Optional<String> oldFolder, SiteManifest current) {
        boolean kept = false;
        try {
            Files.createDirectories(siteManifest.getParent());
            Optional<String> id = SiteManifest.identity(old);
            if (oldFolder.isPresent() && id.isPresent() && oldFolder.get().equals(id.get())
                    && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE); // fails across file systems: then deleted
                kept = true;
                // The same bytes, which name the folder by its marker: a rename keeps that.
                Files.move(siteManifest, spareManifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            kept = Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old, LinkOption.NOFOLLOW_LINKS);
        }
        try {
            current.write(siteManifest, secret);
        } catch (IOException e) {
            // Without a live manifest the next build only stages in an empty folder.
        }
        return kept;
    }

    private static void deleteQuietly(Path dir) {
        try {
            SiteWriter.deleteTree(dir);
        } catch (IOException e) {
            // Left in the cache folder; the next build tries again.
        }
    }
}
