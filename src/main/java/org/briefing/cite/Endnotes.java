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
        String body = replaceTokens(html, notes, byKey);
        // Notes may themselves cite; their tokens are numbered after those of the page.
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < byKey.size(); i++) {
            Note n = byKey.values().stream().skip(i).findFirst().orElseThrow();
            rendered.add(replaceTokens(noteBody(n.first, notes, root), notes, byKey));
        }
        List<Note> ordered = new ArrayList<>(byKey.values());
        String section = ordered.isEmpty() ? "" : section(ordered, rendered);
        String out;
        if (body.contains(PageNotes.ENDNOTES)) {
            out = body.replace(PageNotes.ENDNOTES, section);
        } else {
            int at = body.lastIndexOf("</main>");
            if (at < 0) {
                at = body.lastIndexOf("</body>");
            }
            out = at < 0 ? body + section : body.substring(0, at) + section + body.substring(at);
        }
        List<String> cited = new ArrayList<>();
        for (Note n : ordered) {
            if (n.first instanceof NoteRef.SourceRef s) {
                cited.add(s.sourceId());
            }
        }
        if (out.contains(PageNotes.CITATIONS_JSON)) {
            out = out.replace(PageNotes.CITATIONS_JSON, JsonLd.citations(cited, sources));
        }
        return new Resolved(out, List.copyOf(cited));
    }

    private String replaceTokens(String html, PageNotes notes, Map<String, Note> byKey) {
        int open = html.indexOf(PageNotes.OPEN);
        if (open < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 512);
        int from = 0;
        while (open >= 0) {
            int close = html.indexOf(PageNotes.CLOSE, open);
            if (close < 0) {
                break;
            }
            out.append(html, from, open);
            NoteRef ref = notes.ref(parse(html, open + 1, close));
            if (ref != null) {
                Note note = byKey.computeIfAbsent(ref.noteKey(), k -> new Note(byKey.size() + 1, ref));
                note.calls.add(ref);
                out.append(marker(note.number, letter(note.calls.size() - 1), ref));
            }
            from = close + 1;
            open = html.indexOf(PageNotes.OPEN, from);
        }
        out.append(html, from, html.length());
        return out.toString();
    }

    private static int parse(String s, int from, int to) {
        try {
            return Integer.parseInt(s, from, to, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String marker(int number, String letter, NoteRef ref) {
        String title = ref instanceof NoteRef.SourceRef s && !s.locator().isEmpty()
                ? " title=\"" + Html.escape(s.locator()) + "\"" : "";
        return "<sup class=\"noteref\"><a href=\"#note-" + number + "\" id=\"ref-" + number + letter
                + "\" role=\"doc-noteref\"" + title + ">" + number + "</a></sup>";
    }

    private String noteBody(NoteRef ref, PageNotes notes, String root) {
        if (ref instanceof NoteRef.SourceRef s) {
            Source source = sources.get(s.sourceId());
            return source == null ? "Unknown source " + Html.escape(s.sourceId()) + "."
                    : ReferenceFormat.format(source, root);
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

    private static String backlinks(Note n) {
        StringBuilder b = new StringBuilder("<span class=\"backlinks\">");
        boolean single = n.calls.size() == 1;
        for (int i = 0; i < n.calls.size(); i++) {
            String letter = letter(i);
            NoteRef call = n.calls.get(i);
            b.append("<a href=\"#ref-").append(n.number).append(letter).append("\" role=\"doc-backlink\" aria-label=\"Back to citation ")
                    .append(n.number).append(letter).append("\">").append(single ? "↩" : letter).append("</a>");
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
