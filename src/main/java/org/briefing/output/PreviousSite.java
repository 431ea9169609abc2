package org.briefing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site a staged build replaces, as a source of files that did not change: a rebuild after a
 * small edit then writes only what changed, and links the rest. Compared byte for byte, so nothing
 * is trusted that was not read; never read through a symbolic link. Safe for many threads.
 */
final class PreviousSite {
    private final Path root;
    /** Folders checked by {@link #plainFolder}. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    PreviousSite(Path root) {
        this.root = root;
    }

    /**
     * Links {@code relative} of the previous site to {@code target} when it holds exactly
     * {@code bytes}; whether it did (if not, the caller writes the file).
     */
    boolean linkUnchanged(Path relative, Path target, byte[] bytes) {
        Path previous = root.resolve(relative);
        if (!plainFolder(previous.getParent())) {
            return false;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != bytes.length || !Arrays.equals(Files.readAllBytes(previous), bytes)) {
                return false;
            }
            Files.deleteIfExists(target);
            Files.createLink(target, previous);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no previous file, or no hard links here: written as new
        }
    }

    /** Whether {@code dir} is the root or a real folder under it reached through no symbolic link. */
    private boolean plainFolder(Path dir) {
        if (dir.equals(root)) {
            return true;
        }
        if (dir.getParent() == null || !dir.startsWith(root)) {
            return false;
        }
        Boolean known = folders.get(dir);
        if (known == null) {
            known = Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && plainFolder(dir.getParent());
            folders.put(dir, known);
        }
        return known;
    }
}
