package org.briefing.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code {{< ... >}}} shortcode as parsed; replaced by a {@link NoteToken} before rendering. */
final class ShortcodeNode extends Node implements DoNotDecorate {
    ShortcodeNode(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
