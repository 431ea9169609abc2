package org.briefing.html;

/**
 * The one rule for characters the generator writes into HTML or XML: {@link #forbidden} says which
 * characters content can never put into a page, and {@link #escape} applies it together with the
 * markup escapes. Every text and attribute write goes through it (the Markdown writer through
 * {@link #forbidden} and {@link #clean}), so no page or feed carries a control character: the
 * generator's own note placeholders are C0 controls, and C0/C1 controls are not allowed in XML 1.0
 * nor meant as text in HTML.
 */
public final class Html {
    /** What a forbidden character becomes, as an HTML parser does with NUL. */
    public static final char REPLACEMENT = '\uFFFD';

    private Html() {
    }

    /**
     * C0 controls other than tab and line feed, DEL, the C1 controls, and the noncharacters
     * U+FFFE/U+FFFF (not XML characters either). A carriage return counts too: line ends are LF.
     */
    public static boolean forbidden(char c) {
        return c < ' ' ? c != '\t' && c != '\n' : c >= '\u007F' && (c <= '\u009F' || c >= '\uFFFE');
    }

    /** {@code s} with every {@link #forbidden} character replaced by U+FFFD; {@code s} itself when none. */
    public static String clean(CharSequence s) {
        String t = s.toString();
        for (int i = 0; i < t.length(); i++) {
            if (forbidden(t.charAt(i))) {
                char[] a = t.toCharArray();
                for (int j = i; j < a.length; j++) {
                    if (forbidden(a[j])) {
                        a[j] = REPLACEMENT;
                    }
                }
                return new String(a);
            }
        }
        return t;
    }

    /**
     * Escapes {@code & < > " '} so the text is safe both as element content and in a quoted
     * attribute, and replaces {@link #forbidden} characters by U+FFFD.
     */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> forbidden(c) ? "\uFFFD" : null;
            };
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
