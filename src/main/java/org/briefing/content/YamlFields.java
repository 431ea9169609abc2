package org.briefing.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.diag.Spelling;
import org.briefing.html.UrlPolicy;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of one YAML mapping, each failure a diagnostic at the offending value.
 * Used for the small hand-checked files (site.yaml, sources.yaml, front matter).
 */
final class YamlFields {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final YamlDocument doc;
    private final JsonNode node;
    private final String pointer;
    private final Diagnostics out;

    YamlFields(YamlDocument doc, JsonNode node, String pointer, Diagnostics out) {
        this.doc = doc;
        this.node = node;
        this.pointer = pointer;
        this.out = out;
    }

    Position at() {
        return doc.valueAt(pointer);
    }

    Position valueAt(String field) {
        return doc.valueAt(pointer + "/" + YamlDocument.segment(field));
    }

    /** Reports every key not in {@code known}, with the closest known key as a hint. */
    void onlyKeys(Set<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                String hint = Spelling.didYouMean(name, sorted);
                out.add(Diagnostic.error(doc.keyAt(pointer + "/" + YamlDocument.segment(name)),
                        "unknown key '" + name + "'",
                        hint != null ? hint : "known keys: " + String.join(", ", sorted)));
            }
        }
    }

    String string(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                out.add(Diagnostic.error(at(), "missing required field '" + field + "'"));
            }
            return "";
        }
        if (!v.isValueNode() || v.isBoolean()) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' must be text"));
            return "";
        }
        String s = v.asString().strip();
        if (required && s.isEmpty()) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' must not be empty"));
        }
        return s;
    }

    /** An information date: {@code YYYY-MM-DD} or {@code YYYY-MM}; a bare year is too vague to be one. */
    String asOf(String field) {
        String s = date(field, false);
        if (s.length() == 4) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' needs at least a month, not only '" + s + "'",
                    "write YYYY-MM-DD or YYYY-MM: the date the information is current to"));
            return "";
        }
        return s;
    }

    /** A list of non-empty strings; absent is an empty list. */
    List<String> strings(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' must be a list of text",
                    "write each item on its own line, starting with '- '"));
            return List.of();
        }
        List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            Position at = doc.valueAt(pointer + "/" + YamlDocument.segment(field) + "/" + i);
            if (!item.isString() || item.asString().isBlank()) {
                out.add(Diagnostic.error(at, "item " + (i + 1) + " of '" + field + "' must be non-empty text"));
                continue;
            }
            items.add(item.asString().strip());
        }
        return items;
    }

    /** An ISO date {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, checked against the calendar. */
    String date(String field, boolean required) {
        String s = string(field, required);
        if (s.isEmpty()) {
            return s;
        }
        if (!isDate(s)) {
            out.add(Diagnostic.error(valueAt(field), "malformed date '" + s + "' in '" + field + "'",
                    "write YYYY-MM-DD, YYYY-MM or YYYY"));
            return "";
        }
        return s;
    }

    static boolean isDate(String s) {
        var m = DATE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** An absolute http(s) URL. */
    String url(String field) {
        String s = string(field, false);
        if (s.isEmpty()) {
            return s;
        }
        if (!UrlPolicy.isAbsoluteHttp(s)) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' must be an http or https URL, not '" + s + "'",
                    "leave it out if no link is known"));
            return "";
        }
        return s;
    }

    boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' must be true or false"));
            return false;
        }
        return v.asBoolean();
    }

    int integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            out.add(Diagnostic.error(valueAt(field), "'" + field + "' must be a whole number"));
            return 0;
        }
        return v.asInt();
    }
}
