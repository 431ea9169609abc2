package org.briefing.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A note cited again on a later PDF page is printed again at that page's foot, so every citation
 * has its note on its own page. Which page a marker falls on is known only after a layout, and
 * adding a note moves the text after it, so the copies are adjusted after each layout until one
 * needs no change.
 */
final class NoteRepeats {
    private NoteRepeats() {
    }

    /**
     * Removes each copy of a note that now shares a page with an earlier print of it, and adds a
     * copy after the first marker on each page where its note is missing. {@code pageOf} maps the
     * ids of markers, notes and copies to their page in the last layout. Returns the number of
     * changes: 0 when that layout already had every note on every page that cites it, once.
     */
    static int adjust(Document html, Map<String, Integer> pageOf) {
        Map<String, Element> byId = new HashMap<>(); // one pass: a lookup per marker must not walk the document
        for (Element e : html.select("[id]")) {
            byId.putIfAbsent(e.id(), e);
        }
        Map<String, Set<Integer>> printedOn = new HashMap<>();
        int changes = 0;
        for (Element note : html.select("span.footnote[id]")) {
            String of = note.hasAttr("data-copy-of") ? note.attr("data-copy-of") : note.id();
            Integer page = pageOf.get(note.id());
            if (page == null) {
                continue;
            }
            if (!printedOn.computeIfAbsent(of, k -> new HashSet<>()).add(page) && note.hasAttr("data-copy-of")) {
                // A footnote can land a page before its marker when the marker's line is pushed on;
                // that marker gets no copy again, and the next marker on its page gets one instead.
                Element marker = byId.get(note.attr("data-marker"));
                if (marker != null) {
                    marker.attr("data-no-repeat", "");
                }
                note.remove();
                changes++;
            }
        }
        for (Element marker : html.select("a[role=doc-noteref][id]")) {
            String noteId = marker.attr("href").startsWith("#") ? marker.attr("href").substring(1) : "";
            Element note = byId.get(noteId);
            Integer page = pageOf.get(marker.id());
            if (note == null || !note.hasClass("footnote") || page == null || marker.hasAttr("data-no-repeat")) {
                continue;
            }
            if (printedOn.computeIfAbsent(noteId, k -> new HashSet<>()).add(page)) {
                Element copy = note.clone().attr("id", noteId + "--at-" + marker.id().replaceFirst("^chapter-\\d+--", ""))
                        .attr("data-copy-of", noteId).attr("data-marker", marker.id());
                ChapterMarkup.hang(copy, marker);
                changes++;
            }
        }
        return changes;
    }
}
