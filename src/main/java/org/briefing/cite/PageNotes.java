package org.briefing.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference marks of one page, collected while its Markdown and its template render.
 * Each mark becomes a placeholder token in the HTML; {@link Endnotes} later numbers the tokens in
 * document order, so prose and template-emitted citations share one numbering whatever the
 * rendering order. Not thread-safe: one instance per page render.
 */
public final class PageNotes {
    // C0 controls, not private-use characters: they keep page HTML in Java's one-byte (Latin-1)
    // strings. Input never reaches the output with them (TextFile.reserve).
    static final char OPEN = '\u0001';
    static final char CLOSE = '\u0002';
    /** Where the endnotes section goes. */
    public static final String ENDNOTES = "\u0003";
    /** Where the JSON-LD array of the page's cited sources goes (inside a ld+json script). */
    public static final String CITATIONS_JSON = "\u0004";

    private final List<NoteRef> refs = new ArrayList<>();
    private final Map<String, String> footnoteBodies = new HashMap<>();

    /** Records a mark and returns its placeholder token. */
    public String mark(NoteRef ref) {
        refs.add(ref);
        return OPEN + Integer.toString(refs.size() - 1) + CLOSE;
    }

    /** The rendered HTML of footnote {@code [^label]}'s definition. */
    public void defineFootnote(String label, String html) {
        footnoteBodies.putIfAbsent(label, html);
    }

    Optional<NoteRef> ref(int index) {
        return index >= 0 && index < refs.size() ? Optional.of(refs.get(index)) : Optional.empty();
    }

    Optional<String> footnoteBody(String label) {
        return Optional.ofNullable(footnoteBodies.get(label));
    }
}
