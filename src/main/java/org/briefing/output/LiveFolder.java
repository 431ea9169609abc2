package org.briefing.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces single files of a folder that is being served, each atomically (write beside, then
 * rename over), so a reader sees the old file or the new one, never half of one. Used by the
 * preview's incremental rebuilds; full builds go through {@link SiteWriter}.
 */
public final class LiveFolder implements Output {
    private final Path dir;

    public LiveFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = Output.file(dir, path)
                .orElseThrow(() -> new IllegalArgumentException("output path escapes the output folder: " + path));
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".next");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
