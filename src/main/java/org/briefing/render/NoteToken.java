package org.briefing.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Placeholder tokens of note marks, written to the HTML as they are and numbered later. */
final class NoteToken extends Node implements DoNotDecorate {
    final String tokens;

    NoteToken(String tokens) {
        super(BasedSequence.NULL);
        this.tokens = tokens;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
