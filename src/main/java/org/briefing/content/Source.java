package org.briefing.content;

import org.briefing.diag.Position;

/**
 * One entry of {@code content/sources.yaml}. Optional fields are empty strings, never null.
 * {@code at} is where the entry starts, for diagnostics.
 */
public record Source(String id, String title, String publisher, String date, String kind, String author,
                     String url, String accessed, String archiveUrl, String reliability, String note,
                     Position at) {

    public boolean hasUrl() {
        return !url.isEmpty();
    }
}
