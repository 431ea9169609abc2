package org.briefing.cite;

/** One reference mark in a page: a citation of a source, or a call of an explanatory footnote. */
public sealed interface NoteRef {

    /** The note this mark points to: sources and footnotes have separate key spaces. */
    String noteKey();

    /** {@code [@sourceId]}, with the optional prefix and locator of that citation. */
    record SourceRef(String sourceId, String prefix, String locator) implements NoteRef {
        @Override
        public String noteKey() {
            return "source:" + sourceId;
        }
    }

    /** {@code [^label]}. */
    record FootnoteRef(String label) implements NoteRef {
        @Override
        public String noteKey() {
            return "footnote:" + label;
        }
    }
}
