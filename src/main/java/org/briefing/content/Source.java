package org.briefing.content;

import java.util.List;
import org.briefing.diag.Position;

/**
 * One entry of {@code content/sources.yaml}. Optional fields are empty strings (or an empty
 * list), never null. {@code via} names the source this one is known through ("as reported in"),
 * {@code excerpts} are the passages the editors read in it, verbatim. {@code at} is where the
 * entry starts, for diagnostics.
 */
public record Source(String id, String title, String publisher, String date, String kind, String author,
                     String url, String accessed, String archiveUrl, String reliability, String note,
                     String via, List<String> excerpts, Position at) {

    public Source {
        excerpts = List.copyOf(excerpts);
    }

    /** A source read first-hand or of unknown provenance: no {@code via}, no excerpts. */
    public Source(String id, String title, String publisher, String date, String kind, String author,
                  String url, String accessed, String archiveUrl, String reliability, String note, Position at) {
        this(id, title, publisher, date, kind, author, url, accessed, archiveUrl, reliability, note, "", List.of(), at);
    }

    /** A source read first-hand, with the passages read, and no {@code via}. */
    public Source(String id, String title, String publisher, String date, String kind, String author,
                  String url, String accessed, String archiveUrl, String reliability, String note, Position at,
                  List<String> excerpts) {
        this(id, title, publisher, date, kind, author, url, accessed, archiveUrl, reliability, note, "", excerpts, at);
    }

    public boolean hasUrl() {
        return !url.isEmpty();
    }

    public boolean hasVia() {
        return !via.isEmpty();
    }

    /**
     * The sources this one is known through, nearest first: its {@code via}, that source's
     * {@code via}, and so on. Stops at an unknown id or where a chain would come back on itself.
     */
    public List<Source> chain(java.util.Map<String, Source> registry) {
        List<Source> chain = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.Set.of(id));
        Source at = this;
        while (at.hasVia() && seen.add(at.via()) && registry.containsKey(at.via())) {
            at = registry.get(at.via());
            chain.add(at);
        }
        return chain;
    }

    /** The fields under their sources.yaml names, in registry order; empty ones included. */
    public java.util.Map<String, String> fields() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("id", id);
        m.put("title", title);
        m.put("publisher", publisher);
        m.put("date", date);
        m.put("kind", kind);
        m.put("author", author);
        m.put("url", url);
        m.put("accessed", accessed);
        m.put("archive_url", archiveUrl);
        m.put("reliability", reliability);
        m.put("note", note);
        m.put("via", via);
        return m;
    }
}
