package org.briefing.content;

import org.briefing.diag.Position;

/**
 * A page's YAML front matter. Optional strings are empty, never null; {@code weight} defaults
 * to 0. {@code layoutAt} points at the {@code layout} value (or the file start) for template errors.
 * {@code citationsRequired} ({@code citations: required}) asks for a citation on every block that
 * states a number, a quotation or a date.
 */
public record FrontMatter(String title, String summary, String date, String updated, boolean draft,
                          String layout, int weight, Position layoutAt, boolean citationsRequired) {

    /** Front matter that does not require citations. */
    public FrontMatter(String title, String summary, String date, String updated, boolean draft,
                       String layout, int weight, Position layoutAt) {
        this(title, summary, date, updated, draft, layout, weight, layoutAt, false);
    }
}
