package org.briefing.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostics;
import org.briefing.html.Html;

/**
 * Turns the placeholder tokens of one rendered page into numbered note markers and one endnotes
 * section (DPUB-ARIA roles, after Pandoc's HTML5 output). Numbers follow document order; a source
 * or footnote referenced again keeps its number and gets another back-link, lettered a, b, c.
 * The section and the references are written by a {@link NotesLayout}; each source is formatted
 * once per build and page depth.
 */
public final class Endnotes {

    /** The finished page, and the ids of the sources it cites, in note order. */
    public record Resolved(String html, List<String> citedSources) {
    }

    private final Map<String, Source> sources;
    private final NotesLayout layout;
    /** Formatted references by root and source id: pages cite the same few sources over and over. */
    private final Map<String, String> formatted = new ConcurrentHashMap<>();

    public Endnotes(Map<String, Source> sources, NotesLayout layout) {
        this.sources = sources;
        this.layout = layout;
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

    /** Numbers the notes of one rendered page; empty when a notes template failed (reported to {@code out}). */
    public Optional<Resolved> resolve(String html, PageNotes notes, String root, Diagnostics out) {
        Map<String, Note> byKey = new LinkedHashMap<>();
        List<Note> ordered = new ArrayList<>();
        StringBuilder page = new StringBuilder(html.length() + 4096);
        // One copy of the page: note tokens become markers, and the two slots are remembered by
        // their place in the copy, to be filled once every note is known.
        List<Integer> slots = new ArrayList<>(2);
        replaceTokens(html, notes, byKey, ordered, page, slots);
        // Notes may themselves cite; their tokens are numbered after those of the page.
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Optional<String> body = noteBody(ordered.get(i).first, notes, root, out);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder note = new StringBuilder();
            replaceTokens(body.get(), notes, byKey, ordered, note, null);
            rendered.add(note.toString());
        }
        Optional<String> made = ordered.isEmpty() ? Optional.of("") : layout.section(views(ordered, rendered), out);
        if (made.isEmpty()) {
            return Optional.empty();
        }
        String section = made.get();
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
            if (page.charAt(at) == PageNotes.ENDNOTES.charAt(0)) {
                page.replace(at, at + 1, section);
                placed = true;
            } else {
                json = json != null ? json : JsonLd.citations(cited, sources);
                page.replace(at, at + 1, json);
            }
        }
        if (!placed) {
            int at = page.lastIndexOf("</main>");
            if (at < 0) {
                at = page.lastIndexOf("</body>");
            }
            page.insert(at < 0 ? page.length() : at, section);
        }
        return Optional.of(new Resolved(page.toString(), List.copyOf(cited)));
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
            Optional<NoteRef> found = notes.ref(parse(html, open + 1, close));
            if (found.isPresent()) {
                NoteRef ref = found.get();
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

    private Optional<String> noteBody(NoteRef ref, PageNotes notes, String root, Diagnostics out) {
        if (ref instanceof NoteRef.SourceRef s) {
            Source source = sources.get(s.sourceId());
            if (source == null) {
                return Optional.of(layout.unknownSource(s.sourceId()));
            }
            String key = root + '\n' + s.sourceId();
            String done = formatted.get(key);
            if (done != null) {
                return Optional.of(done);
            }
            Optional<String> made = layout.reference(source, source.chain(sources), root, out);
            made.ifPresent(r -> formatted.putIfAbsent(key, r));
            return made;
        }
        return Optional.of(notes.footnoteBody(((NoteRef.FootnoteRef) ref).label())
                .map(body -> unwrapParagraph(body.strip())).orElse(""));
    }

    /** A one-paragraph note reads better inline after its back-links. */
    private static String unwrapParagraph(String html) {
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** What the endnotes template sees: each note with its number, kind, back-links and body. */
    private static List<NotesLayout.Note> views(List<Note> notes, List<String> bodies) {
        List<NotesLayout.Note> views = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String number = Integer.toString(n.number);
            List<NotesLayout.Call> calls = new ArrayList<>(n.calls.size());
            for (int c = 0; c < n.calls.size(); c++) {
                String letter = letter(c);
                calls.add(new NotesLayout.Call(number + letter, letter, detail(n.calls.get(c))));
            }
            views.add(new NotesLayout.Note(number, n.first instanceof NoteRef.SourceRef ? "source" : "comment",
                    calls, bodies.get(i)));
        }
        return views;
    }

    /**
     * The prefix and locator a citation gave ("see, p. 4"), shown beside its back-link; characters
     * no page may carry (controls) are replaced, as {@link Html#escape} does for the markers.
     */
    private static String detail(NoteRef call) {
        if (call instanceof NoteRef.SourceRef s) {
            return Html.clean(s.prefix().isEmpty() ? s.locator()
                    : s.locator().isEmpty() ? s.prefix() : s.prefix() + ", " + s.locator());
        }
        return "";
    }

    /** a, b, ... z, aa, ab ... */
    static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : letter(i / 26 - 1) + (char) ('a' + i % 26);
    }
}
