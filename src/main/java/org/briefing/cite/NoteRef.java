package org.briefing.cite;

import org.briefing.diag.Position;

/** One reference mark in a page: a citation of a source, or a call of an explanatory footnote. */
public sealed interface NoteRef {

    /** The note this mark points to: sources and footnotes have separate key spaces. */
    String noteKey();

    Position at();

    /** {@code [@sourceId]}, with the optional prefix and locator of that citation. */
    record SourceRef(String sourceId, String prefix, String locator, Position at) implements NoteRef {
        @Override
        public String noteKey() {
            return "source:" + sourceId;
        }
    }

    /** {@code [^label]}. */
    record FootnoteRef(String label, Position at) implements NoteRef {
        @Override
        public String noteKey() {
            return "footnote:" + label;
        }
    }
}
