package org.briefing.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.Source;
import org.briefing.html.Html;

/**
 * Turns the placeholder tokens of one rendered page into numbered note markers and one endnotes
 * section (DPUB-ARIA roles, after Pandoc's HTML5 output). Numbers follow document order; a source
 * or footnote referenced again keeps its number and gets another back-link, lettered a, b, c.
 */
public final class Endnotes {

    /** The finished page, and the ids of the sources it cites, in note order. */
    public record Resolved(String html, List<String> citedSources) {
    }

    private final Map<String, Source> sources;
    /** Formatted references by root and source id: pages cite the same few sources over and over. */
    private final Map<String, String> formatted = new java.util.concurrent.ConcurrentHashMap<>();

    public Endnotes(Map<String, Source> sources) {
        this.sources = sources;
    }

    private static final class Note {
        final int number;
        final NoteRef first;
        final List<NoteRef> calls = new ArrayList<>();

        Note(int number, NoteRef first) {
            this.number = number;
            this.first = first;
        }
    }

    public Resolved resolve(String html, PageNotes notes, String root) {
        Map<String, Note> byKey = new LinkedHashMap<>();
        List<Note> ordered = new ArrayList<>();
        StringBuilder out = new StringBuilder(html.length() + 4096);
        // One copy of the page: note tokens become markers, and the two slots are remembered by
        // their place in the copy, to be filled once every note is known.
        List<Integer> slots = new ArrayList<>(2);
        replaceTokens(html, notes, byKey, ordered, out, slots);
        // Notes may themselves cite; their tokens are numbered after those of the page.
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            StringBuilder note = new StringBuilder();
            replaceTokens(noteBody(ordered.get(i).first, notes, root), notes, byKey, ordered, note, null);
            rendered.add(note.toString());
        }
        String section = ordered.isEmpty() ? "" : section(ordered, rendered);
        List<String> cited = new ArrayList<>();
        for (Note n : ordered) {
            if (n.first instanceof NoteRef.SourceRef s) {
                cited.add(s.sourceId());
            }
        }
        boolean placed = false;
        String json = null;
        for (int k = slots.size() - 1; k >= 0; k--) { // from the end, so earlier places stay put
            int at = slots.get(k);
            if (out.charAt(at) == PageNotes.ENDNOTES.charAt(0)) {
                out.replace(at, at + 1, section);
                placed = true;
            } else {
                json = json != null ? json : JsonLd.citations(cited, sources);
                out.replace(at, at + 1, json);
            }
        }
        if (!placed) {
            int at = out.lastIndexOf("</main>");
            if (at < 0) {
                at = out.lastIndexOf("</body>");
            }
            out.insert(at < 0 ? out.length() : at, section);
        }
        return new Resolved(out.toString(), List.copyOf(cited));
    }

    /**
     * Copies {@code html} to {@code out}, turning note tokens into markers; when {@code slots} is
     * not null, also records where the endnotes and citation slots land in {@code out}.
     */
    private void replaceTokens(String html, PageNotes notes, Map<String, Note> byKey, List<Note> ordered,
                               StringBuilder out, List<Integer> slots) {
        int endnotes = slots == null ? -1 : html.indexOf(PageNotes.ENDNOTES);
        int json = slots == null ? -1 : html.indexOf(PageNotes.CITATIONS_JSON);
        int open = html.indexOf(PageNotes.OPEN);
        int from = 0;
        while (true) {
            int next = min(open, min(endnotes, json));
            if (next < 0) {
                break;
            }
            out.append(html, from, next);
            if (next == endnotes || next == json) {
                slots.add(out.length());
                out.append(html.charAt(next));
                from = next + 1;
                if (next == endnotes) {
                    endnotes = html.indexOf(PageNotes.ENDNOTES, from);
                } else {
                    json = html.indexOf(PageNotes.CITATIONS_JSON, from);
                }
                continue;
            }
            int close = html.indexOf(PageNotes.CLOSE, open);
            if (close < 0) {
                from = next;
                open = -1;
                continue;
            }
            NoteRef ref = notes.ref(parse(html, open + 1, close));
            if (ref != null) {
                Note note = byKey.get(ref.noteKey());
                if (note == null) {
                    note = new Note(byKey.size() + 1, ref);
                    byKey.put(ref.noteKey(), note);
                    ordered.add(note);
                }
                note.calls.add(ref);
                marker(out, note.number, letter(note.calls.size() - 1), ref);
            }
            from = close + 1;
            open = html.indexOf(PageNotes.OPEN, from);
        }
        out.append(html, from, html.length());
    }

    /** The smaller of two positions, where -1 means none. */
    private static int min(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static int parse(String s, int from, int to) {
        try {
            return Integer.parseInt(s, from, to, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void marker(StringBuilder out, int number, String letter, NoteRef ref) {
        out.append("<sup class=\"noteref\"><a href=\"#note-").append(number).append("\" id=\"ref-").append(number)
                .append(letter).append("\" role=\"doc-noteref\"");
        if (ref instanceof NoteRef.SourceRef s && !s.locator().isEmpty()) {
            out.append(" title=\"").append(Html.escape(s.locator())).append('"');
        }
        out.append('>').append(number).append("</a></sup>");
    }

    private String noteBody(NoteRef ref, PageNotes notes, String root) {
        if (ref instanceof NoteRef.SourceRef s) {
            Source source = sources.get(s.sourceId());
            return source == null ? "Unknown source " + Html.escape(s.sourceId()) + "."
                    : formatted.computeIfAbsent(root + '\n' + s.sourceId(), k -> ReferenceFormat.format(source, root, sources));
        }
        String body = notes.footnoteBody(((NoteRef.FootnoteRef) ref).label());
        return body == null ? "" : unwrapParagraph(body.strip());
    }

    /** A one-paragraph note reads better inline after its back-links. */
    private static String unwrapParagraph(String html) {
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static String section(List<Note> notes, List<String> bodies) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<section class=\"endnotes\" id=\"endnotes\" role=\"doc-endnotes\" aria-labelledby=\"endnotes-title\">\n")
                .append("<h2 id=\"endnotes-title\">Notes</h2>\n<ol>\n");
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String kind = n.first instanceof NoteRef.SourceRef ? "note-source" : "note-comment";
            b.append("<li id=\"note-").append(n.number).append("\" class=\"").append(kind).append("\">")
                    .append(backlinks(n)).append(' ').append(bodies.get(i)).append("</li>\n");
        }
        return b.append("</ol>\n</section>\n").toString();
    }

    /**
     * The back-link arrow as Pandoc and Hugo write it: U+21A9 with the text-style selector U+FE0E,
     * so phones show an arrow, not an emoji. Written as references, it also keeps a page of Latin-1
     * text in Java's one-byte strings (a page with one U+21A9 is copied and encoded at two bytes a
     * character: 5% of a 10,000-page build).
     */
    private static final String BACK = "&#8617;&#65038;";

    private static String backlinks(Note n) {
        StringBuilder b = new StringBuilder("<span class=\"backlinks\">");
        boolean single = n.calls.size() == 1;
        for (int i = 0; i < n.calls.size(); i++) {
            String letter = letter(i);
            NoteRef call = n.calls.get(i);
            b.append("<a href=\"#ref-").append(n.number).append(letter).append("\" role=\"doc-backlink\" aria-label=\"Back to citation ")
                    .append(n.number).append(letter).append("\">").append(single ? BACK : letter).append("</a>");
            if (call instanceof NoteRef.SourceRef s && (!s.prefix().isEmpty() || !s.locator().isEmpty())) {
                String detail = s.prefix().isEmpty() ? s.locator()
                        : s.locator().isEmpty() ? s.prefix() : s.prefix() + ", " + s.locator();
                b.append(" <span class=\"locator\">").append(Html.escape(detail)).append("</span>");
            }
            if (i + 1 < n.calls.size()) {
                b.append(' ');
            }
        }
        return b.append("</span>").toString();
    }

    /** a, b, ... z, aa, ab ... */
    static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : letter(i / 26 - 1) + (char) ('a' + i % 26);
    }
}
