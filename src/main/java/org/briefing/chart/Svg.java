package org.briefing.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.html.Html;

/** Small helpers shared by the charts: escaped text, coordinates without noise, word wrap, numbers. */
final class Svg {
    private Svg() {
    }

    static String text(String s) {
        return Html.escape(s);
    }

    /** A coordinate with at most one decimal, no trailing ".0". */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** 12000 -> "12,000". */
    static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** Lines of at most {@code width} characters, cut at spaces. */
    static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words the briefing uses for a status. */
    static String status(String s) {
        return switch (s) {
            case "confirmed-by" -> "confirmed by claimant";
            default -> s;
        };
    }
}
