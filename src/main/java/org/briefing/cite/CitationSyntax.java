package org.briefing.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pandoc's bracketed citation syntax: {@code [@id]}, {@code [@id, p. 4]}, {@code [@a; @b]},
 * {@code [see @id]}. Each {@code ;}-separated item must hold exactly one {@code @} that starts a
 * word; otherwise the brackets are ordinary text (so {@code [mail a@b.org]} is not a citation).
 */
public final class CitationSyntax {
    private CitationSyntax() {
    }

    /** Parses the text between the brackets; empty when it is not a citation. */
    public static Optional<List<CitationItem>> parse(CharSequence inner) {
        String s = inner.toString();
        if (s.indexOf('@') < 0) {
            return Optional.empty();
        }
        List<CitationItem> items = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf(';', start);
            if (end < 0) {
                end = s.length();
            }
            Optional<CitationItem> item = item(s, start, end);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            items.add(item.get());
            start = end + 1;
        }
        return Optional.of(List.copyOf(items));
    }

    /** One {@code ;}-separated item, or empty when it is not a citation item. */
    private static Optional<CitationItem> item(String s, int from, int to) {
        int at = -1;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '@') {
                boolean wordStart = i == from || Character.isWhitespace(s.charAt(i - 1));
                if (!wordStart || at >= 0) {
                    return Optional.empty();
                }
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        int k = at + 1;
        while (k < to && isKeyChar(s.charAt(k))) {
            k++;
        }
        // Pandoc lets keys contain inner punctuation but not end with it.
        while (k > at + 1 && isInnerPunctuation(s.charAt(k - 1))) {
            k--;
        }
        String key = s.substring(at + 1, k);
        if (key.isEmpty() || !Character.isLetterOrDigit(key.charAt(0)) && key.charAt(0) != '_') {
            return Optional.empty();
        }
        String prefix = s.substring(from, at).strip();
        String rest = s.substring(k, to).strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1).strip();
        }
        return Optional.of(new CitationItem(prefix, key, rest, at));
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || isInnerPunctuation(c);
    }

    private static boolean isInnerPunctuation(char c) {
        return c == '-' || c == ':' || c == '.' || c == '#' || c == '$' || c == '%' || c == '&' || c == '+'
                || c == '?' || c == '<' || c == '>' || c == '~' || c == '/';
    }
}
