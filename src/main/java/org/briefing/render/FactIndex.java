package org.briefing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.content.FactFile;
import org.briefing.content.FactNode;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.lang.Messages;

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
    public record Fact(String id, Position at, FactNode.Fields entry, Map<String, Object> fields,
                       Optional<String> text, List<String> sources, List<String> parts) {
        public boolean citable() {
            return !sources.isEmpty();
        }

        /** Where field {@code key} of this entry stands (the entry, if it has no such field). */
        public Position fieldAt(String key) {
            return entry.get(key).map(FactNode::at).orElse(entry.at());
        }
    }

    public FactIndex {
        facts = Map.copyOf(facts);
    }

    /** Indexes the fact files, reporting each id used twice at its second use; values in English. */
    public static FactIndex of(List<FactFile> files, Diagnostics out) {
        return of(files, Messages.of("en"), out);
    }

    /** As {@link #of(List, Diagnostics)}, with values written in the language of {@code messages}. */
    public static FactIndex of(List<FactFile> files, Messages messages, Diagnostics out) {
        Map<String, Fact> facts = new TreeMap<>();
        for (FactFile file : files) {
            walk(file.root(), facts, messages, out);
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
    private static List<String> walk(FactNode node, Map<String, Fact> facts, Messages messages, Diagnostics out) {
        List<String> found = new ArrayList<>();
        if (node instanceof FactNode.Items list) {
            list.items().forEach(i -> found.addAll(walk(i, facts, messages, out)));
            return found;
        }
        if (!(node instanceof FactNode.Fields entry)) {
            return found;
        }
        entry.fields().values().forEach(v -> found.addAll(walk(v, facts, messages, out)));
        Optional<FactNode> id = entry.get("id");
        if (id.isEmpty() || !(id.get() instanceof FactNode.Value v && v.value() instanceof String name) || name.isEmpty()) {
            return found;
        }
        List<String> sources = new ArrayList<>();
        if (entry.get("sources").orElse(null) instanceof FactNode.Items list) {
            list.items().stream().filter(FactNode.Value.class::isInstance)
                    .forEach(item -> sources.add(((FactNode.Value) item).text()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) FactData.toPlain(entry).orElseThrow();
        Fact fact = new Fact(name, id.get().at(), entry, fields, text(entry, messages), List.copyOf(sources),
                sources.isEmpty() ? List.copyOf(found) : List.of());
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
     * The number in the site's language: "about 1,500" for an approximate value, "more than
     * 13,000" with a comparator, "1,500" otherwise (the words are {@code comparator.*} messages).
     */
    static Optional<String> text(FactNode.Fields entry, Messages messages) {
        Object value = entry.get("value").orElse(null) instanceof FactNode.Value v ? v.value() : null;
        if (!(value instanceof Long || value instanceof java.math.BigInteger)) {
            return Optional.empty();
        }
        String number = java.text.NumberFormat.getIntegerInstance(messages.locale()).format(value);
        String key = "";
        Object comparator = entry.get("comparator").orElse(null) instanceof FactNode.Value v ? v.value() : null;
        if (comparator instanceof String c) {
            key = "comparator." + c;
        } else if (entry.get("approximate").orElse(null) instanceof FactNode.Value v && Boolean.TRUE.equals(v.value())) {
            key = "comparator.about";
        }
        if (key.isEmpty()) {
            return Optional.of(number);
        }
        // A comparator the bundle does not know is shown as it is written, before the number.
        return Optional.of(messages.has(key) ? messages.text(key, number) : comparator + " " + number);
    }
}
