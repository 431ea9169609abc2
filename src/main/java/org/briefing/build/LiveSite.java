package org.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.output.LiveFolder;
import org.briefing.output.SiteWriter;

/**
 * The preview's write phase: the folder being served is brought up to date in place, and only
 * where the new site differs from what was last written there. A page is written when it was
 * rendered anew or its input key changed, any other file when its bytes did; files the new site no longer has are deleted.
 * Nothing is written until the whole build succeeded, and each file is replaced atomically.
 */
final class LiveSite extends SiteTarget {
    private final Path dir;
    private final Map<String, String> previous;
    private final Map<String, String> now = new HashMap<>();
    private final Map<String, byte[]> pending = new LinkedHashMap<>();

    /** {@code previous}: what was last written to {@code dir}, path -> digest (empty for a new folder). */
    LiveSite(Path dir, Map<String, String> previous) {
        this.dir = dir;
        this.previous = Map.copyOf(previous);
    }

    @Override
    synchronized void page(PageResult page, String key, boolean fresh) {
        now.put(page.outputFile(), key);
        // A fresh page is written even under an unchanged key: what it read of a source or of
        // another page's headings (not part of the key) changed.
        if (fresh || !key.equals(previous.get(page.outputFile()))) {
            pending.put(page.outputFile(), page.utf8());
        }
    }

    @Override
    public synchronized void write(String path, byte[] bytes) {
        String digest = new PageKeys.Hasher().add("file", bytes).hex();
        now.put(path, digest);
        if (!digest.equals(previous.get(path))) {
            pending.put(path, bytes);
        } else {
            pending.remove(path);
        }
    }

    @Override
    synchronized boolean commit(Diagnostics diagnostics) {
        if (diagnostics.hasErrors()) {
            return false;
        }
        // Like a built site, a preview folder carries the marker that says who made it.
        write(SiteWriter.MARKER, SiteWriter.MARKER_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            Files.createDirectories(dir);
            LiveFolder folder = new LiveFolder(dir);
            pending.forEach(folder::write);
            for (String gone : previous.keySet()) {
                if (!now.containsKey(gone)) {
                    Files.deleteIfExists(dir.resolve(gone));
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error("site", 1, 1, "cannot update the preview folder: " + e.getMessage()));
            return false;
        }
    }

    @Override
    void abandon() {
    }

    /** What the folder holds after a successful commit, for the next build's {@code previous}. */
    synchronized Map<String, String> written() {
        return Map.copyOf(now);
    }
}
