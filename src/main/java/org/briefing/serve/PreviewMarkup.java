package org.briefing.serve;

import java.util.List;
import org.briefing.diag.Diagnostic;
import org.briefing.html.Html;

/**
 * What the preview adds to HTML responses, and only to them (never to the written site): the
 * reload script and, after a failed build, a banner listing its errors, both placed before
 * {@code </body>}. Pages forbid inline script and style, so both come from files under
 * {@code /__briefing/}.
 */
final class PreviewMarkup {
    static final String SCRIPT = "<script src=\"/__briefing/reload.js\" defer></script>";

    private PreviewMarkup() {
    }

    /** {@code html} with the script, and the banner when {@code errors} is not empty, before {@code </body>}. */
    static String inject(String html, List<Diagnostic> errors) {
        String addition = (errors.isEmpty() ? "" : banner(errors, true)) + SCRIPT + "\n";
        int at = lastIndexOfIgnoreCase(html, "</body>");
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    /**
     * Where {@code tag} (ASCII) last occurs in {@code html}, in any letter case. Searched in place:
     * an index found in a lower-cased copy would be off wherever lower-casing changes the length
     * ("\u0130" becomes two characters), and so would the insertion.
     */
    static int lastIndexOfIgnoreCase(String html, String tag) {
        for (int i = html.length() - tag.length(); i >= 0; i--) {
            if (html.regionMatches(true, i, tag, 0, tag.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The whole page served while no build has succeeded yet: only the errors. */
    static String nothingBuilt(List<Diagnostic> errors) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n"
                + "</head>\n<body>\n" + banner(errors, false) + SCRIPT + "\n</body>\n</html>\n";
    }

    /** The error list; each line is {@code path:line:col: error: message}, HTML-escaped. */
    static String banner(List<Diagnostic> errors, boolean lastGoodShown) {
        StringBuilder b = new StringBuilder();
        b.append("<link rel=\"stylesheet\" href=\"/__briefing/overlay.css\">\n");
        b.append("<aside id=\"briefing-diagnostics\" role=\"alert\">\n");
        b.append("<h2>Build failed: ").append(lastGoodShown ? "showing the last good build" : "nothing built yet")
                .append("</h2>\n<ul>\n");
        for (Diagnostic d : errors) {
            b.append("<li><code>").append(Html.escape(d.path() + ":" + d.line() + ":" + d.column() + ": "
                    + d.severity().word() + ": " + d.message())).append("</code>");
            if (d.hint() != null) {
                b.append("<br>hint: ").append(Html.escape(d.hint()));
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n</aside>\n");
        return b.toString();
    }
}
