package org.briefing.pdf;

import java.util.List;

/**
 * What the PDF edition is made of: the site's title and summary, the information date
 * ({@code asOf}, or "") and build date (from SOURCE_DATE_EPOCH, or ""), the rendered pages in
 * navigation order and the rendered bibliography. {@code epochSeconds} stamps the file's dates and
 * is negative when SOURCE_DATE_EPOCH is unset (then the file carries no dates at all).
 */
public record Edition(String title, String summary, String language, String baseUrl, String asOf,
                      String buildDate, long epochSeconds, List<Chapter> chapters, Chapter bibliography) {

    public Edition {
        chapters = List.copyOf(chapters);
    }

    /** One rendered page: its title, its site-relative URL ({@code deployment/}, "" for home) and its HTML. */
    public record Chapter(String title, String url, String html) {
    }
}
