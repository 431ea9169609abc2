package org.briefing.prose;

import java.util.List;

/** The prose of one page as blocks and sentences, in document order; read from its Markdown. */
public record Prose(String path, List<Block> blocks) {

    public Prose {
        blocks = List.copyOf(blocks);
    }
}
