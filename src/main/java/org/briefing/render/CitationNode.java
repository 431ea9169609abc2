package org.briefing.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A bracketed citation such as {@code [@id, p. 4]}, as parsed; replaced by a {@link NoteToken} before rendering. */
final class CitationNode extends Node implements DoNotDecorate {
    CitationNode(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
