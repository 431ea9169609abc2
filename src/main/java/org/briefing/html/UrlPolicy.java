package org.briefing.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which link targets may appear in the output. Only http, https and mailto schemes and
 * scheme-less relative URLs pass; the check sees through entities, percent-escapes, mixed case,
 * control characters and embedded whitespace ("jav&#x09;ascript:").
 */
public final class UrlPolicy {
    private static final Pattern ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);?|&(tab|newline|colon);", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private UrlPolicy() {
    }

    public static boolean isSafe(String url) {
        return scheme(url).map(s -> s.equals("http") || s.equals("https") || s.equals("mailto")).orElse(true);
    }

    /** True for an absolute http(s) URL, which gets {@code rel="noopener noreferrer"}. */
    public static boolean isExternal(String url) {
        return scheme(url).map(s -> s.equals("http") || s.equals("https")).orElse(false) || url.startsWith("//");
    }

    /** An absolute http or https URL with a host: what site.yaml, sources.yaml and --base-url accept. */
    public static boolean isAbsoluteHttp(String s) {
        try {
            var u = new java.net.URI(s);
            String scheme = u.getScheme();
            return u.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** True when a browser would see a scheme ({@code http:}, {@code MailTo:}, ...): the URL leads outside the site. */
    public static boolean hasScheme(String url) {
        return scheme(url).isPresent();
    }

    private static final Optional<String> HTTPS = Optional.of("https");
    private static final Optional<String> HTTP = Optional.of("http");

    /** The lower-cased scheme a browser would see; empty for a relative URL. */
    static Optional<String> scheme(String url) {
        // Fast paths for nearly every link. Decoding and cleaning below only replace '&' and '%'
        // sequences and drop characters, so they cannot change a leading "http:"/"https:" or make a colon.
        if (url.startsWith("https:")) {
            return HTTPS;
        }
        if (url.startsWith("http:")) {
            return HTTP;
        }
        if (url.indexOf(':') < 0 && url.indexOf('&') < 0 && url.indexOf('%') < 0) {
            return Optional.empty();
        }
        String s = decodeEntities(url);
        s = percentDecode(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)
                    && !(c >= 0x200b && c <= 0x200f) && c != 0xfeff && c != 0x00ad) {
                b.append(c);
            }
        }
        String clean = b.toString().toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(clean);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        // A colon before any / ? # still makes a scheme for a browser, even with odd characters.
        int colon = clean.indexOf(':');
        if (colon >= 0) {
            String head = clean.substring(0, colon);
            if (!head.contains("/") && !head.contains("?") && !head.contains("#")) {
                return Optional.of(head);
            }
        }
        return Optional.empty();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s; // nothing to decode, as in nearly every URL: skips the matcher (4 calls per link)
        }
        String prev;
        String cur = s;
        do {
            prev = cur;
            Matcher m = ENTITY.matcher(cur);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String rep;
                if (m.group(1) != null) {
                    String num = m.group(1);
                    try {
                        int cp = num.startsWith("x") || num.startsWith("X")
                                ? Integer.parseInt(num.substring(1), 16) : Integer.parseInt(num);
                        rep = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                    } catch (NumberFormatException e) {
                        rep = "";
                    }
                } else {
                    rep = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "colon" -> ":";
                        default -> " ";
                    };
                }
                m.appendReplacement(out, Matcher.quoteReplacement(rep));
            }
            m.appendTail(out);
            cur = out.toString();
        } while (!cur.equals(prev));
        return cur;
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
