package org.briefing.cite;

import java.util.Locale;
import org.briefing.html.Json;

/**
 * How to cite one page of the site: its title, the site, the date it was written (or last
 * updated), the date its information is current to when known, and its address when the site's
 * base URL is known. Gives the plain-text citation shown on the page and the BibTeX, RIS and
 * CSL-JSON files written beside it. Usage: {@code PageCitation.of(...).bibtex()}.
 */
public record PageCitation(String key, String title, String site, String date, String asOf, String url,
                           String language) {
    /** Dates in the files' words, which are English whatever the site's language. */
    private static final org.briefing.lang.Messages ENGLISH = org.briefing.lang.Messages.of("en");
    // Compiled once: a large site cites every one of its pages.
    private static final java.util.regex.Pattern TRAILING_SLASH = java.util.regex.Pattern.compile("/$");
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^A-Za-z0-9]+");
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");

    /**
     * {@code pageUrl} is site-relative ("deployment/", "" for the home page); {@code baseUrl} may be "".
     * The home page is cited by the site's name, which is what it shows as its heading.
     */
    public static PageCitation of(String siteTitle, String language, String baseUrl, String pageUrl, String pageTitle,
                                  String date, String updated, String asOf) {
        String title = pageUrl.isEmpty() ? siteTitle : pageTitle;
        String slug = pageUrl.isEmpty() ? "index" : NOT_ALPHANUMERIC.matcher(TRAILING_SLASH.matcher(pageUrl).replaceAll("")).replaceAll("-")
                .toLowerCase(Locale.ROOT);
        String written = updated.isEmpty() ? date : updated;
        String key = slug + (written.length() >= 4 ? "-" + written.substring(0, 4) : "");
        return new PageCitation(key, title, siteTitle, written, asOf, baseUrl.isEmpty() ? "" : baseUrl + pageUrl, language);
    }

    /** "Troop deployment. North Korean troops ..., 26 November 2026. Information as of October 2024. https://..." */
    public String plainText() {
        StringBuilder b = new StringBuilder(title);
        if (!title.equals(site)) {
            end(b).append(' ').append(site);
        }
        if (!date.isEmpty()) {
            b.append(", ").append(ENGLISH.date(date));
        }
        end(b);
        if (!asOf.isEmpty()) {
            b.append(" Information as of ").append(ENGLISH.date(asOf)).append('.');
        }
        if (!url.isEmpty()) {
            b.append(' ').append(url);
        }
        return b.toString();
    }

    private static StringBuilder end(StringBuilder b) {
        if (b.length() == 0) {
            return b;
        }
        char last = b.charAt(b.length() - 1);
        return last == '.' || last == '?' || last == '!' ? b : b.append('.');
    }

    /** A BibTeX {@code @misc} entry; the site is a corporate author, in double braces so it is not split into names. */
    public String bibtex() {
        StringBuilder b = new StringBuilder("@misc{").append(key).append(",\n");
        field(b, "title", "{" + bib(title) + "}");
        field(b, "author", "{" + bib(site) + "}");
        if (!date.isEmpty()) {
            field(b, "year", date.substring(0, 4));
            if (date.length() >= 7) {
                field(b, "month", String.valueOf(Integer.parseInt(date.substring(5, 7))));
            }
            field(b, "date", date);
        }
        if (!url.isEmpty()) {
            // A URL field is read verbatim: only what would end the field is percent-encoded.
            String verbatim = url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
            field(b, "url", verbatim);
            field(b, "howpublished", "\\url{" + verbatim + "}");
        }
        if (!asOf.isEmpty()) {
            field(b, "note", "Information as of " + bib(ENGLISH.date(asOf)));
        }
        field(b, "language", bib(language));
        return b.append("}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** BibTeX's special characters, escaped so the text reads back as written. */
    static String bib(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * An RIS record (type ELEC). Lines end in LF like every file the build writes; the format's
     * readers (Zotero, EndNote, Mendeley) take LF as well as CR LF.
     */
    public String ris() {
        StringBuilder b = new StringBuilder();
        ris(b, "TY", "ELEC");
        ris(b, "TI", title);
        ris(b, "AU", site);
        ris(b, "T2", site);
        if (!date.isEmpty()) {
            ris(b, "PY", date.substring(0, 4));
            String[] p = date.split("-");
            ris(b, "DA", p[0] + "/" + (p.length > 1 ? p[1] : "") + "/" + (p.length > 2 ? p[2] : "") + "/");
        }
        if (!url.isEmpty()) {
            ris(b, "UR", url);
        }
        if (!asOf.isEmpty()) {
            ris(b, "N1", "Information as of " + ENGLISH.date(asOf));
        }
        ris(b, "LA", language);
        return b.append("ER  - \n").toString();
    }

    private static void ris(StringBuilder b, String tag, String value) {
        b.append(tag).append("  - ").append(LINE_BREAKS.matcher(value).replaceAll(" ")).append('\n');
    }

    /** A CSL-JSON list of one item (type webpage), as citation managers and Pandoc read it. */
    public String cslJson() {
        StringBuilder b = new StringBuilder("[\n  {\n");
        b.append("    \"id\": ").append(Json.string(key)).append(",\n");
        b.append("    \"type\": \"webpage\",\n");
        b.append("    \"title\": ").append(Json.string(title)).append(",\n");
        b.append("    \"author\": [{\"literal\": ").append(Json.string(site)).append("}],\n");
        b.append("    \"container-title\": ").append(Json.string(site)).append(",\n");
        if (!date.isEmpty()) {
            b.append("    \"issued\": {\"date-parts\": [[").append(String.join(", ", parts(date))).append("]]},\n");
        }
        if (!url.isEmpty()) {
            b.append("    \"URL\": ").append(Json.string(url)).append(",\n");
        }
        if (!asOf.isEmpty()) {
            b.append("    \"note\": ").append(Json.string("Information as of " + ENGLISH.date(asOf))).append(",\n");
        }
        b.append("    \"language\": ").append(Json.string(language)).append("\n");
        return b.append("  }\n]\n").toString();
    }

    private static String[] parts(String iso) {
        String[] p = iso.split("-");
        for (int i = 0; i < p.length; i++) {
            p[i] = String.valueOf(Integer.parseInt(p[i]));
        }
        return p;
    }
}
