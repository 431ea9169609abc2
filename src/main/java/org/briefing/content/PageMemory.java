package org.briefing.content;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an earlier build learnt of the page files: the loader asks it before reading a page, and
 * tells it each page it read cleanly. The build cache keeps one ({@code PageDigests}); without a
 * cache every page is read.
 */
public interface PageMemory {
    /** Remembers nothing: every page is read whole. */
    PageMemory NONE = new PageMemory() {
        @Override
        public Optional<Remembered> unchanged(String path, BasicFileAttributes file) {
            return Optional.empty();
        }

        @Override
        public void read(Page page) {
        }
    };

    /**
     * The page at {@code path} as it was when last read, if its file has certainly not changed
     * since: its front matter, the line its body starts on, and a test that a page read from the
     * file again is that page. {@code file} is what a look at the file showed before any file was
     * read; it is asked once for each page, before the page is read (if it is).
     */
    Optional<Remembered> unchanged(String path, BasicFileAttributes file);

    /** {@code page} was read whole from its file with no diagnostic. */
    void read(Page page);

    /** A page's front matter and body line, and {@code same}: whether a page read again is it. */
    record Remembered(FrontMatter front, int bodyLine, Predicate<Page> same) {
    }
}
