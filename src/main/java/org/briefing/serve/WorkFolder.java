package org.briefing.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.output.SiteWriter;

/** The preview's private temporary folder, outside the root: {@code WorkFolder.create()}, {@code delete(dir)}. */
final class WorkFolder {
    private WorkFolder() {
    }

    static Path create() throws IOException {
        return Files.createTempDirectory("briefing-serve-").toRealPath();
    }

    /** Deletes {@code dir} and everything in it; symbolic links are removed, never followed. */
    static void delete(Path dir) throws IOException {
        SiteWriter.deleteTree(dir);
    }
}
