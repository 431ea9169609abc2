package org.briefing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.content.FactFile;
import org.briefing.content.YamlDocument;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import tools.jackson.databind.JsonNode;

/**
 * Every fact entry with an {@code id}, across all fact files, for {@code {{< fact ID >}}} and for
 * comparing two versions of a briefing. An entry with a {@code sources} list is a citable value;
 * one without (a figure grouping several values) only names its values. Ids are unique across files.
 * Read-only once built.
 */
public record FactIndex(Map<String, Fact> facts) {

    public static final FactIndex EMPTY = new FactIndex(Map.of());

    /**
     * One entry: where it stands, its fields as plain values, the text {@code {{< fact >}}} prints
     * (empty when it has no number), its sources (empty for a grouping) and, for a grouping, the ids
     * of the values inside it.
     */
    public record Fact(String id, Position at, YamlDocument document, String pointer, Map<String, Object> fields,
                       Optional<String> text, List<String> sources, List<String> parts) {
        public boolean citable() {
            return !sources.isEmpty();
        }

        /** Where field {@code key} of this entry stands (the entry, if it has no such field). */
        public Position fieldAt(String key) {
            return document.valueAt(pointer + "/" + YamlDocument.segment(key));
        }
    }

    public FactIndex {
        facts = Map.copyOf(facts);
    }

    /** Indexes the fact files, reporting each id used twice at its second use. */
    public static FactIndex of(List<FactFile> files, Diagnostics out) {
        Map<String, Fact> facts = new TreeMap<>();
        for (FactFile file : files) {
            walk(file.document(), file.document().root(), "", facts, out);
        }
        return new FactIndex(facts);
    }

    public Optional<Fact> get(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    /** The ids of the citable values, sorted. */
    public List<String> citableIds() {
        return facts.values().stream().filter(Fact::citable).map(Fact::id).sorted().toList();
    }

    /** Indexes the entries under {@code node}; returns the ids of the citable values found there. */
    private static List<String> walk(YamlDocument doc, JsonNode node, String pointer, Map<String, Fact> facts,
                                     Diagnostics out) {
        List<String> found = new ArrayList<>();
        if (node == null || !node.isContainer()) {
            return found;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(walk(doc, node.get(i), pointer + "/" + i, facts, out));
            }
            return found;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            found.addAll(walk(doc, e.getValue(), pointer + "/" + YamlDocument.segment(e.getKey()), facts, out));
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isString() || id.asString().isEmpty()) {
            return found;
        }
        List<String> sources = new ArrayList<>();
        JsonNode s = node.get("sources");
        if (s != null && s.isArray()) {
            s.forEach(v -> sources.add(v.asString()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) FactData.toPlain(node);
        Fact fact = new Fact(id.asString(), doc.valueAt(pointer + "/id"), doc, pointer, fields, text(node),
                List.copyOf(sources), sources.isEmpty() ? List.copyOf(found) : List.of());
        Fact first = facts.putIfAbsent(fact.id(), fact);
        if (first != null) {
            out.add(Diagnostic.error(fact.at(), "duplicate fact id '" + fact.id() + "'",
                    "first used at " + first.at() + "; fact ids must be unique across content/facts/"));
            return found;
        }
        if (fact.citable()) {
            found.add(fact.id());
        }
        return found;
    }

    /**
     * The number as the templates print it: "about 1,500" for an approximate value, "more than
     * 13,000" with a comparator ({@code lib.ftlh}'s words), "1,500" otherwise.
     */
    static Optional<String> text(JsonNode node) {
        JsonNode value = node.get("value");
        if (value == null || !value.isIntegralNumber()) {
            return Optional.empty();
        }
        String number = String.format(Locale.ROOT, "%,d", value.bigIntegerValue());
        String prefix = "";
        JsonNode comparator = node.get("comparator");
        if (comparator != null && comparator.isString()) {
            prefix = switch (comparator.asString()) {
                case "more-than" -> "more than";
                case "about" -> "about";
                case "exactly" -> "";
                case "at-least" -> "at least";
                case "fewer-than" -> "fewer than";
                default -> comparator.asString();
            };
        } else if (node.path("approximate").asBoolean(false)) {
            prefix = "about";
        }
        return Optional.of(prefix.isEmpty() ? number : prefix + " " + number);
    }
}
