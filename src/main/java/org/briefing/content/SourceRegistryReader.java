package org.briefing.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import tools.jackson.databind.JsonNode;

/** Turns {@code content/sources.yaml} (a YAML list) into {@link Source} records, reporting bad entries. */
final class SourceRegistryReader {
    static final Set<String> KEYS = Set.of("id", "title", "publisher", "date", "kind", "author", "url",
            "accessed", "archive_url", "reliability", "note", "via", "excerpts");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern GRADE = Pattern.compile("[A-F][1-6]?");

    private SourceRegistryReader() {
    }

    static List<Source> read(YamlDocument doc, Diagnostics out) {
        JsonNode root = doc.root();
        if (root == null) {
            return List.of();
        }
        if (!root.isArray()) {
            out.add(Diagnostic.error(doc.valueAt(""), "sources.yaml must be a list of sources",
                    "start each source with '- id: ...'"));
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        Map<String, Source> byId = new HashMap<>();
        Map<String, Position> viaAt = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            String pointer = "/" + i;
            JsonNode entry = root.get(i);
            if (!entry.isObject()) {
                out.add(Diagnostic.error(doc.valueAt(pointer), "each source must be a mapping of fields"));
                continue;
            }
            YamlFields f = new YamlFields(doc, entry, pointer, out);
            f.onlyKeys(KEYS);
            String id = f.string("id", true);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                out.add(Diagnostic.error(f.valueAt("id"), "source id '" + id + "' is not kebab-case",
                        "use lower-case letters, digits and single hyphens, e.g. nis-briefing-2024-10-18"));
            }
            String reliability = f.string("reliability", false);
            if (!reliability.isEmpty() && !GRADE.matcher(reliability).matches()) {
                out.add(Diagnostic.error(f.valueAt("reliability"),
                        "reliability '" + reliability + "' is not an Admiralty grade",
                        "use a letter A-F (A completely reliable ... F cannot be judged)"));
                reliability = "";
            }
            String url = f.url("url");
            String accessed = f.date("accessed", false);
            if (!url.isEmpty() && accessed.isEmpty() && !entry.has("accessed")) {
                out.add(Diagnostic.error(f.valueAt("url"), "source '" + id + "' has a url but no 'accessed' date",
                        "add 'accessed: YYYY-MM-DD', the day the page was read at that address"));
            }
            String via = f.string("via", false);
            Source s = new Source(id, f.string("title", true), f.string("publisher", true),
                    f.date("date", true), f.string("kind", true), f.string("author", false), url,
                    accessed, f.url("archive_url"), reliability, f.string("note", false),
                    via, f.strings("excerpts"), f.at());
            if (id.isEmpty()) {
                continue;
            }
            Source first = byId.putIfAbsent(id, s);
            if (first != null) {
                out.add(Diagnostic.error(f.valueAt("id"), "duplicate source id '" + id + "'",
                        "first defined at line " + first.at().line() + "; give this source another id"));
                continue;
            }
            sources.add(s);
            if (!via.isEmpty()) {
                viaAt.put(id, f.valueAt("via"));
            }
        }
        SourceChains.check(byId, viaAt, out);
        return sources;
    }
}
