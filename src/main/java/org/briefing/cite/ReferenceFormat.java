package org.briefing.cite;

import java.util.Map;
import org.briefing.content.Source;
import org.briefing.html.Html;

/** Formats a {@link Source} as the HTML of a note or bibliography entry. Every field is escaped. */
public final class ReferenceFormat {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final Map<Character, String> GRADES = Map.of(
            'A', "completely reliable", 'B', "usually reliable", 'C', "fairly reliable",
            'D', "not usually reliable", 'E', "unreliable", 'F', "reliability cannot be judged");

    private ReferenceFormat() {
    }

    /**
     * Author. <cite>Title</cite>. Publisher, 18 October 2024. Link or "No public link is known".
     * Archived copy. Reliability grade. {@code root} leads back to the site root for the
     * bibliography link.
     */
    public static String format(Source s, String root) {
        return format(s, root, Map.of());
    }

    /**
     * As {@link #format(Source, String)}; a source with {@code via} also names the work it was
     * read in, looked up in {@code registry}: "As reported in <cite>Title</cite>, Publisher." In
     * place of "No public link is known" it then leads to that work, which holds the link.
     */
    public static String format(Source s, String root, Map<String, Source> registry) {
        StringBuilder b = new StringBuilder(256);
        if (!s.author().isEmpty()) {
            b.append(Html.escape(s.author())).append(". ");
        }
        b.append("<cite>");
        if (s.hasUrl()) {
            b.append("<a href=\"").append(Html.escape(s.url())).append("\" rel=\"noopener noreferrer\">")
                    .append(Html.escape(s.title())).append("</a>");
        } else {
            b.append(Html.escape(s.title()));
        }
        b.append("</cite>. ").append(Html.escape(s.publisher()));
        if (!s.date().isEmpty()) {
            b.append(", <time datetime=\"").append(Html.escape(s.date())).append("\">")
                    .append(Html.escape(humanDate(s.date()))).append("</time>");
        }
        b.append('.');
        java.util.List<Source> chain = s.chain(registry);
        for (int i = 0; i < chain.size(); i++) {
            Source read = chain.get(i);
            b.append(i == 0 ? " As reported in <cite>" : ", itself as reported in <cite>");
            if (read.hasUrl()) {
                b.append("<a href=\"").append(Html.escape(read.url())).append("\" rel=\"noopener noreferrer\">")
                        .append(Html.escape(read.title())).append("</a>");
            } else {
                b.append(Html.escape(read.title()));
            }
            b.append("</cite>, ").append(Html.escape(read.publisher()));
            if (i == chain.size() - 1) {
                b.append('.');
            }
        }
        if (!s.hasUrl() && chain.isEmpty()) {
            b.append(" No public link is known.");
        } else if (!s.accessed().isEmpty()) {
            b.append(" Accessed ").append(Html.escape(humanDate(s.accessed()))).append('.');
        }
        if (!s.archiveUrl().isEmpty()) {
            b.append(" <a href=\"").append(Html.escape(s.archiveUrl()))
                    .append("\" rel=\"noopener noreferrer\">Archived copy</a>.");
        }
        if (!s.reliability().isEmpty()) {
            b.append(' ').append(grade(s.reliability()));
        }
        b.append(" <a class=\"source-entry\" href=\"").append(root).append("sources/#")
                .append(Html.escape(s.id())).append("\">About this source</a>");
        return b.toString();
    }

    /** "Reliability: B (usually reliable)." */
    public static String grade(String reliability) {
        String meaning = GRADES.get(reliability.charAt(0));
        return "<span class=\"grade\">Reliability: <abbr title=\"Admiralty grade\">" + Html.escape(reliability)
                + "</abbr>" + (meaning == null ? "" : " (" + meaning + ")") + ".</span>";
    }

    /** 2024-10-18 -> 18 October 2024; 2024-10 -> October 2024; 2024 -> 2024. */
    public static String humanDate(String iso) {
        String[] parts = iso.split("-");
        try {
            return switch (parts.length) {
                case 3 -> Integer.parseInt(parts[2]) + " " + MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
                case 2 -> MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
                default -> iso;
            };
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
