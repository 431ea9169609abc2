package org.briefing.diag;

import java.util.Comparator;

/**
 * One problem found in the input, at a position a reviewer can jump to.
 * {@code path} is relative to the root, with forward slashes; lines and columns count from 1.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message, String hint) {

    /** Sorted by path, line, column, then message, so output never depends on discovery order. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
        path = visible(path);
        message = visible(message);
        hint = hint == null || hint.isBlank() ? null : visible(hint);
    }

    /**
     * {@code s} with every control character (C0 but tab, DEL, C1) and every bidirectional formatting
     * character written as {@code \}{@code uXXXX}: diagnostics quote file names, keys and values
     * from content, which must never reach a terminal or a CI log as escape sequences, forged
     * lines or text shown in another order than it is.
     */
    static String visible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = c < ' ' && c != '\t' || c >= '\u007F' && c <= '\u009F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (hidden && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (hidden) {
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.ERROR, message, null);
    }

    public static Diagnostic error(Position at, String message) {
        return new Diagnostic(at.path(), at.line(), at.column(), Severity.ERROR, message, null);
    }

    public static Diagnostic error(Position at, String message, String hint) {
        return new Diagnostic(at.path(), at.line(), at.column(), Severity.ERROR, message, hint);
    }

    public static Diagnostic warning(Position at, String message, String hint) {
        return new Diagnostic(at.path(), at.line(), at.column(), Severity.WARNING, message, hint);
    }

    /** The first line of a library's message, trimmed, for a one-line diagnostic; {@code fallback} if none. */
    public static String firstLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message}, then the hint on its own indented line. */
    public String toText() {
        String head = path + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
        return hint == null ? head : head + "\n  hint: " + hint;
    }

    /** A GitHub Actions workflow command, so the pull request shows the problem on the diff. */
    public String toGithub() {
        String body = hint == null ? message : message + " (hint: " + hint + ")";
        return "::" + severity.word() + " file=" + escapeProperty(path) + ",line=" + line + ",col=" + column
                + "::" + escapeData(body);
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
