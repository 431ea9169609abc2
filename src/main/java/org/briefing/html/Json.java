package org.briefing.html;

/** JSON string literals that are also safe inside an HTML {@code <script type="application/ld+json">}. */
public final class Json {
    private Json() {
    }

    public static String string(String s) {
        int first = 0;
        while (first < s.length() && plain(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return "\"" + s + "\""; // most text needs no escape: copied whole, not char by char
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append('"').append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A char written as itself. */
    private static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != 0x2028 && c != 0x2029;
    }
}
