package org.briefing.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page's searchable parts, each with its weighted term counts: what the index needs of a page,
 * worked out once from its HTML in the per-page step (on the build's threads) and kept with its
 * cached result, so assembling the index only merges counts. Usage: {@code SearchDocs.of(title, html)}.
 */
public record SearchDocs(List<Part> parts) {
    /** Field weights: a word in the page title counts 3 times, in a heading 2 times. */
    static final int TITLE = 3;
    static final int HEADING = 2;
    /** Sections longer than this are indexed in parts, so a hit's text file stays small. */
    static final int PART = 2000;

    /** A page with nothing to search (one that failed to render). */
    public static final SearchDocs NONE = new SearchDocs(List.of());

    public SearchDocs {
        parts = List.copyOf(parts);
    }

    /**
     * One searchable unit: a section, or a part of a long one. {@code pageTop} for the page's first
     * part (its title counts there); {@code terms} its distinct terms, each followed by one space
     * (one string rather than one per term: a 10,000-page site holds millions of them), with their
     * weighted counts {@code tfs} in the same order, and {@code length}, the sum of those counts.
     */
    public record Part(boolean pageTop, String anchor, String heading, String text, String terms, int[] tfs,
                       int length) {
        public Part {
            Objects.requireNonNull(anchor);
            Objects.requireNonNull(heading);
            Objects.requireNonNull(text);
            int spaces = 0;
            for (int i = terms.indexOf(' '); i >= 0; i = terms.indexOf(' ', i + 1)) {
                spaces++;
            }
            if (spaces != tfs.length || !terms.isEmpty() && !terms.endsWith(" ")) {
                throw new IllegalArgumentException("terms and counts differ in number");
            }
        }

        /** Calls {@code each} with every term and its weighted count. */
        /**
         * Each term as the range {@code [start, end)} of {@link #terms}, with its count: for a
         * caller that looks terms up without making a string of each ({@link TermTable}).
         */
        void forEachTermRange(TermRange each) {
            int start = 0;
            for (int i = 0; i < tfs.length; i++) {
                int end = terms.indexOf(' ', start);
                each.accept(terms, start, end, tfs[i]);
                start = end + 1;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Part p && pageTop == p.pageTop && length == p.length && anchor.equals(p.anchor)
                    && heading.equals(p.heading) && text.equals(p.text) && terms.equals(p.terms)
                    && Arrays.equals(tfs, p.tfs);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pageTop, anchor, heading, text, terms);
        }

        @Override
        public String toString() {
            return "Part[" + anchor + ", " + tfs.length + " terms, length " + length + "]";
        }
    }

    /** A term, as a range of a part's {@code terms}, and its weighted count in that part. */
    @FunctionalInterface
    interface TermRange {
        void accept(String terms, int start, int end, int count);
    }

    /** The parts of a rendered page with this title. */
    public static SearchDocs of(String title, String html) {
        return of(title, PageText.sections(html));
    }

    static SearchDocs of(String title, List<PageText.Section> sections) {
        List<Part> parts = new ArrayList<>();
        boolean top = true;
        for (PageText.Section s : sections) {
            for (String piece : pieces(s.text())) {
                parts.add(part(top, title, s.anchor(), s.heading(), piece));
                top = false;
            }
        }
        return new SearchDocs(parts);
    }

    /**
     * A section's text in pieces of at most {@link #PART} characters, cut at the last space that
     * fits (or at {@code PART} when there is none), each stripped of white space; always at least
     * one. Worked out by index, as a long section (the bibliography's lists of citing pages run to
     * megabytes on a large site) would otherwise be copied again for every piece.
     */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int to = text.length();
        do {
            int length = to - from;
            int cut = length <= PART ? length : text.lastIndexOf(' ', from + PART) - from;
            cut = cut <= 0 ? Math.min(PART, length) : cut;
            out.add(text.substring(from, from + cut).strip());
            from += cut;
            while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            while (from < to && Character.isWhitespace(text.codePointAt(from))) {
                from += Character.charCount(text.codePointAt(from));
            }
        } while (from < to);
        return out;
    }

    private static Part part(boolean top, String title, String anchor, String heading, String text) {
        Map<String, int[]> tf = new HashMap<>();
        int length = top ? Terms.count(title, TITLE, tf) : 0;
        length += Terms.count(heading, HEADING, tf);
        length += Terms.count(text, 1, tf);
        StringBuilder terms = new StringBuilder();
        int[] tfs = new int[tf.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : tf.entrySet()) {
            terms.append(e.getKey()).append(' ');
            tfs[i] = e.getValue()[0];
            i++;
        }
        return new Part(top, anchor, heading, text, terms.toString(), tfs, length);
    }
}
