package org.briefing.output;

/**
 * Links for a site opened from disk ({@code build --offline}): a browser shows a folder listing
 * for {@code file:///.../deployment/}, so every relative link to a folder is written to its
 * {@code index.html} instead ({@code deployment/} -> {@code deployment/index.html},
 * {@code ../} -> {@code ../index.html}, {@code ./#x} -> {@code ./index.html#x}). Only the
 * double-quoted {@code href}, {@code src} and {@code action} values this generator writes change;
 * absolute URLs, fragments alone and links to files stay as they are.
 */
public final class OfflineLinks {
    private OfflineLinks() {
    }

    /** A site-relative page address as an offline link writes it: "" -> "index.html". */
    public static String page(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }

    /** The page with each relative folder link ending in {@code index.html}. */
    public static String rewrite(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while ((i = html.indexOf("=\"", i)) >= 0) {
            int end = html.indexOf('"', i + 2);
            if (end < 0) {
                break;
            }
            if (named(html, i, "href") || named(html, i, "src") || named(html, i, "action")) {
                String value = html.substring(i + 2, end);
                String changed = link(value);
                if (!changed.equals(value)) {
                    if (out == null) {
                        out = new StringBuilder(html.length() + 256);
                    }
                    out.append(html, copied, i + 2).append(changed);
                    copied = end;
                }
            }
            i = end + 1;
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** One link value: a relative link whose path names a folder gets {@code index.html}. */
    static String link(String value) {
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.startsWith("?")
                || hasScheme(value)) {
            return value;
        }
        int cut = value.length();
        int hash = value.indexOf('#');
        int query = value.indexOf('?');
        if (hash >= 0) {
            cut = hash;
        }
        if (query >= 0 && query < cut) {
            cut = query;
        }
        String path = value.substring(0, cut);
        boolean folder = path.endsWith("/") || path.equals(".") || path.equals("..") || path.endsWith("/.")
                || path.endsWith("/..");
        if (!folder) {
            return value;
        }
        return path + (path.endsWith("/") ? "" : "/") + "index.html" + value.substring(cut);
    }

    private static boolean hasScheme(String link) {
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static boolean named(String html, int eq, String name) {
        int start = eq - name.length();
        return start > 0 && html.startsWith(name, start) && Character.isWhitespace(html.charAt(start - 1));
    }
}
