package org.briefing.content;

import java.util.Optional;
import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.LineIndex;
import org.briefing.diag.Position;

/** Splits a page into YAML front matter and Markdown body, and reads the front matter. */
final class FrontMatterReader {
    static final Set<String> KEYS = Set.of("title", "summary", "date", "updated", "draft", "layout", "weight",
            "citations", "as_of", "revisions");

    private final YamlReader yaml;

    FrontMatterReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * Parses {@code text}, the whole page file. Empty only when the page cannot be used; the
     * reasons are in {@code out}.
     */
    Optional<Page> read(String path, String url, String text, Diagnostics out) {
        String fm = "";
        int bodyStart = 0;
        int bodyLine = 1;
        if (text.startsWith("---\n")) {
            int close = findClose(text);
            if (close < 0) {
                out.add(Diagnostic.error(new Position(path, 1, 1), "front matter is not closed",
                        "end it with a line holding only ---"));
                return Optional.empty();
            }
            fm = text.substring(4, close);
            int afterClose = text.indexOf('\n', close + 1);
            bodyStart = afterClose < 0 ? text.length() : afterClose + 1;
            bodyLine = new LineIndex(path, text.substring(0, bodyStart), 1).at(bodyStart).line();
        }
        final int start = bodyStart;
        final int line = bodyLine;
        return parse(path, fm, out).map(front -> new Page(path, url, front, text.substring(start), line));
    }

    private Optional<FrontMatter> parse(String path, String fm, Diagnostics out) {
        YamlReader.Result r = yaml.read(path, fm, 1);
        if (!r.ok()) {
            out.addAll(r.errors());
            return Optional.empty();
        }
        YamlDocument doc = r.document();
        if (doc.root() == null || !doc.root().isObject()) {
            out.add(Diagnostic.error(new Position(path, 1, 1), "page has no title",
                    "start the file with front matter: ---, title: ..., ---"));
            return Optional.empty();
        }
        YamlFields f = new YamlFields(doc, doc.root(), "", out);
        f.onlyKeys(KEYS);
        String title = f.string("title", false);
        if (title.isEmpty()) {
            out.add(Diagnostic.error(new Position(path, 1, 1), "page has no title",
                    "add 'title: ...' to the front matter"));
        }
        String layout = f.string("layout", false);
        if (!layout.isEmpty() && !layout.matches("[a-z0-9][a-z0-9-]*")) {
            out.add(Diagnostic.error(f.valueAt("layout"), "layout '" + layout + "' is not a template name",
                    "use the name of a file in templates/ without .ftlh, e.g. page"));
            layout = "";
        }
        Position layoutAt = doc.root().has("layout") ? f.valueAt("layout") : new Position(path, 1, 1);
        String citations = f.string("citations", false);
        if (!citations.isEmpty() && !citations.equals("required") && !citations.equals("optional")) {
            out.add(Diagnostic.error(f.valueAt("citations"), "citations '" + citations + "' is not 'required' or 'optional'",
                    "write 'citations: required' to have every number, quotation and date cited"));
        }
        return Optional.of(new FrontMatter(title, f.string("summary", false), f.date("date", false),
                f.date("updated", false), f.bool("draft"), layout, f.integer("weight"), layoutAt,
                citations.equals("required"), f.asOf("as_of"), Revisions.read(doc, out)));
    }

    /** Index of the closing {@code ---} (or {@code ...}) line's first character, or -1. */
    private static int findClose(String text) {
        int i = 4;
        while (i <= text.length()) {
            int end = text.indexOf('\n', i);
            String line = end < 0 ? text.substring(i) : text.substring(i, end);
            if (line.equals("---") || line.equals("...")) {
                return i;
            }
            if (end < 0) {
                return -1;
            }
            i = end + 1;
        }
        return -1;
    }
}
