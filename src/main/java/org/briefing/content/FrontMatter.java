package org.briefing.content;

import java.util.List;
import org.briefing.diag.Position;

/**
 * A page's YAML front matter. Optional strings are empty, never null; {@code weight} defaults
 * to 0. {@code layoutAt} points at the {@code layout} value (or the file start) for template errors.
 * {@code citationsRequired} ({@code citations: required}) asks for a citation on every block that
 * states a number, a quotation or a date. {@code date} is when the page was written, {@code asOf}
 * the date its information is current to (empty: the site's), and {@code revisions} its
 * substantive changes in the order written.
 */
public record FrontMatter(String title, String summary, String date, String updated, boolean draft,
                          String layout, int weight, Position layoutAt, boolean citationsRequired,
                          String asOf, List<Revision> revisions) {

    public FrontMatter {
        revisions = List.copyOf(revisions);
    }

    /** Front matter that does not require citations, without an information date or revisions. */
    public FrontMatter(String title, String summary, String date, String updated, boolean draft,
                       String layout, int weight, Position layoutAt) {
        this(title, summary, date, updated, draft, layout, weight, layoutAt, false);
    }

    /** Front matter without an information date or revisions. */
    public FrontMatter(String title, String summary, String date, String updated, boolean draft,
                       String layout, int weight, Position layoutAt, boolean citationsRequired) {
        this(title, summary, date, updated, draft, layout, weight, layoutAt, citationsRequired, "", List.of());
    }

    /** One entry of {@code revisions:}: when, and what changed. */
    public record Revision(String date, String note) {
    }
}
