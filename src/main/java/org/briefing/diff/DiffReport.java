package org.briefing.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints changes grouped (figures, sources, pages, then each page by section) as text, Markdown or annotations. */
final class DiffReport {
    static final String NONE = "No change to figures, sources, pages, citations, hedges or quotations.";

    private DiffReport() {
    }

    static String text(List<Change> changes) {
        if (changes.isEmpty()) {
            return NONE + "\n";
        }
        StringBuilder b = new StringBuilder();
        grouped(changes).forEach((group, sections) -> {
            b.append(group).append('\n');
            sections.forEach((section, list) -> {
                String indent = "  ";
                if (!section.isEmpty()) {
                    b.append("  ").append(section).append('\n');
                    indent = "    ";
                }
                for (Change c : list) {
                    b.append(indent).append(String.join(", ", c.what()))
                            .append(c.subject().isEmpty() ? "" : ": " + c.subject());
                    c.at().ifPresent(at -> b.append("  [").append(at).append(']'));
                    b.append('\n');
                    for (String d : c.details()) {
                        b.append(indent).append("    ").append(d).append('\n');
                    }
                }
            });
            b.append('\n');
        });
        b.append(count(changes)).append('\n');
        return b.toString();
    }

    static String markdown(List<Change> changes) {
        StringBuilder b = new StringBuilder("## Changed claims\n\n");
        if (changes.isEmpty()) {
            return b.append(NONE).append('\n').toString();
        }
        b.append(count(changes)).append(", grouped by kind and by page.\n\n");
        grouped(changes).forEach((group, sections) -> {
            b.append("### ").append(escape(group)).append("\n\n");
            sections.forEach((section, list) -> {
                if (!section.isEmpty()) {
                    b.append("#### ").append(escape(section)).append("\n\n");
                }
                for (Change c : list) {
                    List<String> what = c.what().stream().map(DiffReport::bold).toList();
                    b.append("- ").append(String.join(", ", what))
                            .append(c.subject().isEmpty() ? "" : ": " + escape(c.subject()));
                    c.at().ifPresent(at -> b.append(" (").append(escape(at.toString())).append(')'));
                    b.append('\n');
                    for (String d : c.details()) {
                        b.append("  - ").append(escape(d).replace(" -&gt; ", " \u2192 ")).append('\n');
                    }
                }
                b.append('\n');
            });
        });
        return b.toString();
    }

    /** One {@code ::notice} per change that still stands somewhere, so the pull request shows it on the line. */
    static String annotations(List<Change> changes) {
        StringBuilder b = new StringBuilder();
        for (Change c : changes) {
            c.at().ifPresent(at -> {
                String title = String.join(", ", c.what()) + (c.subject().isEmpty() ? "" : ": " + c.subject());
                String body = String.join("\n", c.details());
                b.append("::notice file=").append(property(at.path())).append(",line=").append(at.line())
                        .append(",col=").append(at.column()).append(",title=").append(property(title)).append("::")
                        .append(data(body.isEmpty() ? title : body)).append('\n');
            });
        }
        return b.toString();
    }

    private static Map<String, Map<String, List<Change>>> grouped(List<Change> changes) {
        Map<String, Map<String, List<Change>>> groups = new LinkedHashMap<>();
        for (Change c : changes) {
            groups.computeIfAbsent(c.group(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(c.section(), s -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    private static String count(List<Change> changes) {
        return changes.size() == 1 ? "1 change" : changes.size() + " changes";
    }

    /** "hedge lost (claimed)" as "**hedge lost** (claimed)". */
    private static String bold(String what) {
        int paren = what.indexOf(" (");
        return paren < 0 ? "**" + escape(what) + "**"
                : "**" + escape(what.substring(0, paren)) + "**" + escape(what.substring(paren)).replace(" -&gt; ", " \u2192 ");
    }

    /** Content is untrusted: Markdown and HTML syntax in it is shown, never interpreted. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '!' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
