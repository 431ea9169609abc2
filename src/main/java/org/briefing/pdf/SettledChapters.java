package org.briefing.pdf;

import java.util.Optional;

/**
 * Where the PDF edition keeps each chapter as settled (its notes copied onto the pages that cite
 * them again) from one build to the next, under a digest of all that settling read: the chapter
 * as made, the stylesheet and the number of layouts allowed. A chapter found here is not laid out
 * again, and the file comes out byte for byte as a build that settled every chapter makes it.
 */
public interface SettledChapters {
    /** Keeps nothing: every chapter is settled. */
    SettledChapters NONE = new SettledChapters() {
        @Override
        public Optional<String> get(String digest) {
            return Optional.empty();
        }

        @Override
        public void put(String digest, String markup) {
        }
    };

    /** The settled markup kept under {@code digest}, if any. */
    Optional<String> get(String digest);

    void put(String digest, String markup);
}
