package org.briefing.prose;

import java.util.List;
import org.briefing.diag.Position;

/**
 * A unit of prose that carries its own citations: a paragraph, a list item or a table row, with
 * the heading of the section it stands in ("" before the first heading).
 */
public record Block(Kind kind, String section, Position at, String text, List<Sentence> sentences) {

    public enum Kind {
        PARAGRAPH("paragraph"), LIST_ITEM("list item"), TABLE_ROW("table row");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Block {
        sentences = List.copyOf(sentences);
    }

    public boolean cited() {
        return sentences.stream().anyMatch(Sentence::cited);
    }
}
