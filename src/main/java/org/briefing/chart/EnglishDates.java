package org.briefing.chart;

import org.briefing.lang.Messages;

/**
 * Dates as the charts and citation files write them: in English ("18 October 2024", "October
 * 2024"), like the rest of their words, whatever the site's language.
 */
public final class EnglishDates {
    private static final Messages ENGLISH = Messages.of("en");

    private EnglishDates() {
    }

    public static String of(String iso) {
        return ENGLISH.date(iso);
    }
}
