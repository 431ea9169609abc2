package org.briefing.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds anything in built HTML that a browser would run or load from content: script elements
 * other than the site's own {@code assets/*.js}, {@code on*} handlers, frames and plugins, and
 * URL attributes with a scheme other than http, https or mailto. Deliberately independent of the
 * generator's own {@code UrlPolicy}, so a bug there cannot hide here.
 */
final class LiveContent {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "srcset", "background", "codebase", "cite", "longdesc", "manifest", "ping");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "portal", "style");
    /** The site's own scripts: relative, or under the test site's base URL (the 404 page). */
    private static final Pattern OWN_SCRIPT = Pattern.compile(
            "(\\./|(\\.\\./)+|https://example\\.org/briefing/)assets/[a-z0-9-]+\\.js");
    /** What template syntax in content would print if it were ever evaluated (see payloads.txt). */
    private static final List<String> EVALUATED = List.of("1337", "1335", "CANARY!", "uid=");

    private LiveContent() {
    }

    /** Every problem in every HTML file under {@code site}, one line each; empty when clean. */
    static List<String> in(Path site) {
        List<String> problems = new ArrayList<>();
        for (String rel : TestSite.files(site)) {
            if (rel.endsWith(".html")) {
                problems.addAll(inPage(rel, read(site.resolve(rel))));
            }
            if (rel.endsWith(".html") || rel.endsWith(".xml") || rel.endsWith(".json")) {
                String text = read(site.resolve(rel));
                for (String e : EVALUATED) {
                    if (text.contains(e)) {
                        problems.add(rel + ": template syntax from content was evaluated: " + e);
                    }
                }
            }
        }
        return problems;
    }

    private static boolean isOwnScript(Element e) {
        return e.attributesSize() == 2 && e.hasAttr("defer") && OWN_SCRIPT.matcher(e.attr("src")).matches()
                && e.data().isEmpty();
    }

    /**
     * The JSON-LD block every page carries is data, never run; it is allowed only while it stays
     * one element of that type whose text has no markup a parser could break out with.
     */
    private static boolean isStructuredData(Element e) {
        return e.attributesSize() == 1 && e.attr("type").equals("application/ld+json")
                && e.data().startsWith("{") && e.data().endsWith("}") && !e.data().contains("<") && !e.data().contains(">");
    }

    static List<String> inPage(String rel, String html) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && !isOwnScript(e) && !isStructuredData(e)) {
                problems.add(rel + ": script element " + e.outerHtml());
            }
            if (FORBIDDEN.contains(tag)) {
                problems.add(rel + ": " + tag + " element " + e.outerHtml());
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                problems.add(rel + ": meta refresh " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(rel + ": event handler " + name + " on <" + tag + ">");
                }
                if (name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
                    problems.add(rel + ": attribute " + name + " on <" + tag + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && !safeUrl(a.getValue())) {
                    problems.add(rel + ": unsafe " + name + "=\"" + a.getValue() + "\" on <" + tag + ">");
                }
            }
            if (tag.equals("a") && e.hasAttr("href") && isExternal(e.attr("href"))
                    && !(e.attr("rel").contains("noopener") && e.attr("rel").contains("noreferrer"))) {
                problems.add(rel + ": external link without rel=\"noopener noreferrer\": " + e.outerHtml());
            }
        }
        return problems;
    }

    /**
     * True when a browser would treat the (already entity-decoded) URL as relative, http, https or
     * mailto: browsers drop ASCII whitespace and controls before looking for the scheme.
     */
    static boolean safeUrl(String url) {
        StringBuilder b = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && c != 0x7f) {
                b.append(c);
            }
        }
        String s = b.toString().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        int end = s.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        if (colon < 0 || colon > end) {
            return true;
        }
        String scheme = s.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    private static boolean isExternal(String url) {
        String s = url.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("https://example.org/briefing/")) {
            return false;
        }
        return s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//");
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
