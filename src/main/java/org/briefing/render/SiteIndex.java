package org.briefing.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What a page may point at: source ids, the other pages (by root-relative file path) with the
 * anchors they define, and fact values. Read-only; shared by all page renders.
 */
public record SiteIndex(List<String> sourceIds, Map<String, Target> pages, FactIndex facts) {

    /** A page seen from a link: its pretty URL and (from {@code anchorSource}) the ids inside it. */
    public record Target(String url, Supplier<Set<String>> anchorSource) {

        /** A target whose ids are computed on first use only, then kept; safe to share between threads. */
        public static Target lazy(String url, Supplier<Set<String>> compute) {
            AtomicReference<Set<String>> memo = new AtomicReference<>();
            return new Target(url, () -> {
                Set<String> s = memo.get();
                if (s == null) {
                    s = Set.copyOf(compute.get());  // a pure function of the page: a race computes it twice, alike
                    memo.set(s);
                }
                return s;
            });
        }

        public Set<String> anchors() {
            return anchorSource.get();
        }
    }

    public SiteIndex {
        sourceIds = List.copyOf(sourceIds);
        pages = Map.copyOf(pages);
    }

    /** An index without facts. */
    public SiteIndex(List<String> sourceIds, Map<String, Target> pages) {
        this(sourceIds, pages, FactIndex.EMPTY);
    }

    public boolean hasSource(String id) {
        return java.util.Collections.binarySearch(sourceIds, id) >= 0;
    }

    /** The ids of notes and note markers: note-3, ref-3, ref-3b. */
    private static final java.util.regex.Pattern NOTE_ID = java.util.regex.Pattern.compile("(note|ref)-\\d+[a-z]*");

    /**
     * Ids the generator and its templates write on every page besides the headings: the main
     * element, the endnotes section and its title, the notes and their markers. A heading never
     * gets one of them (see {@link MarkdownRenderer#parse}).
     */
    static boolean isGenerated(String anchor) {
        return anchor.equals("endnotes") || anchor.equals("endnotes-title") || anchor.equals("main")
                || NOTE_ID.matcher(anchor).matches();
    }

    /** The URL of page {@code toUrl} as written from page {@code fromUrl}: relative, never empty. */
    public static String relative(String fromUrl, String toUrl) {
        int depth = (int) fromUrl.chars().filter(c -> c == '/').count();
        String r = "../".repeat(depth) + toUrl;
        return r.isEmpty() ? "./" : r;
    }
}
