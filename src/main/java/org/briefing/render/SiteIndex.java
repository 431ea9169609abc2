package org.briefing.render;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a page may point at: source ids and the other pages (by root-relative file path) with the
 * anchors they define. Read-only; shared by all page renders.
 */
public record SiteIndex(List<String> sourceIds, Map<String, Target> pages) {

    /** A page seen from a link: its pretty URL and the ids inside it. */
    public record Target(String url, Set<String> anchors) {
    }

    public SiteIndex {
        sourceIds = List.copyOf(sourceIds);
        pages = Map.copyOf(pages);
    }

    public boolean hasSource(String id) {
        return java.util.Collections.binarySearch(sourceIds, id) >= 0;
    }

    /** Ids every page has besides its headings: the endnotes and its notes. */
    static boolean isGenerated(String anchor) {
        return anchor.equals("endnotes") || anchor.equals("main") || anchor.matches("(note|ref)-\\d+[a-z]*");
    }

    /** The URL of page {@code toUrl} as written from page {@code fromUrl}: relative, never empty. */
    public static String relative(String fromUrl, String toUrl) {
        int depth = (int) fromUrl.chars().filter(c -> c == '/').count();
        String r = "../".repeat(depth) + toUrl;
        return r.isEmpty() ? "./" : r;
    }
}
