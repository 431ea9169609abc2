package org.briefing.content;

import org.briefing.diag.Position;

/**
 * One entry of {@code content/sources.yaml}. Optional fields are empty strings, never null.
 * {@code at} is where the entry starts, for diagnostics. {@code excerpts} are verbatim passages of
 * what was read, against which quotations citing the source are checked (none when unknown).
 */
public record Source(String id, String title, String publisher, String date, String kind, String author,
                     String url, String accessed, String archiveUrl, String reliability, String note,
                     Position at, java.util.List<String> excerpts) {

    public Source {
        excerpts = java.util.List.copyOf(excerpts);
    }

    /** A source without excerpts. */
    public Source(String id, String title, String publisher, String date, String kind, String author,
                  String url, String accessed, String archiveUrl, String reliability, String note, Position at) {
        this(id, title, publisher, date, kind, author, url, accessed, archiveUrl, reliability, note, at,
                java.util.List.of());
    }

    public boolean hasUrl() {
        return !url.isEmpty();
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
        return m;
    }
}
