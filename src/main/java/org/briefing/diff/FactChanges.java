package org.briefing.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.render.FactIndex;

/** Fact entries added, removed or changed between two versions, matched by their ids. */
final class FactChanges {
    /** Fields shown first, in this order: what a reviewer weighs a claim by. */
    private static final List<String> KEY_FIELDS = List.of("value", "claimant", "status", "as_of", "date", "since",
            "sources");
    private static final List<String> NAMES = List.of("label", "title", "actor", "subject", "description", "summary");

    private FactChanges() {
    }

    static List<Change> compare(FactIndex base, FactIndex head) {
        List<Change> out = new ArrayList<>();
        for (FactIndex.Fact now : inFileOrder(head)) {
            Optional<FactIndex.Fact> was = base.get(now.id());
            if (was.isEmpty()) {
                out.add(new Change(Change.FACTS, "", List.of("added"), title(now), summary(now), Optional.of(now.at())));
                continue;
            }
            List<String> details = new ArrayList<>();
            String first = null;
            for (String key : keys(was.get(), now)) {
                String a = field(was.get(), key);
                String b = field(now, key);
                if (!a.equals(b)) {
                    details.add(key.replace('_', ' ') + ": " + (a.isEmpty() ? "(none)" : a) + " -> "
                            + (b.isEmpty() ? "(none)" : b));
                    first = first == null ? key : first;
                }
            }
            if (!details.isEmpty()) {
                String subject = now.id();
                out.add(new Change(Change.FACTS, "", List.of("changed"), subject, details,
                        Optional.of(now.fields().containsKey(first) ? now.fieldAt(first) : now.at())));
            }
        }
        for (FactIndex.Fact gone : inFileOrder(base)) {
            if (head.get(gone.id()).isEmpty()) {
                out.add(new Change(Change.FACTS, "", List.of("removed"), title(gone) + " (was in " + file(gone) + ")",
                        summary(gone), Optional.empty()));
            }
        }
        return out;
    }

    private static List<FactIndex.Fact> inFileOrder(FactIndex facts) {
        return facts.facts().values().stream().sorted(java.util.Comparator.comparing((FactIndex.Fact f) -> f.at().path())
                .thenComparingInt(f -> f.at().line()).thenComparingInt(f -> f.at().column())).toList();
    }

    private static String title(FactIndex.Fact f) {
        String name = f.text().orElseGet(() -> NAMES.stream().map(k -> field(f, k)).filter(s -> !s.isEmpty())
                .findFirst().orElse(""));
        return f.id() + (name.isEmpty() ? "" : ": " + shorten(name));
    }

    private static List<String> summary(FactIndex.Fact f) {
        List<String> lines = new ArrayList<>();
        for (String key : KEY_FIELDS) {
            String v = field(f, key);
            if (!v.isEmpty() && !key.equals("value")) {
                lines.add(key.replace('_', ' ') + ": " + v);
            }
        }
        return lines;
    }

    /** The fields to compare: the key fields first, then the others; nested entries are compared on their own. */
    private static Set<String> keys(FactIndex.Fact a, FactIndex.Fact b) {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(a.fields().keySet());
        all.addAll(b.fields().keySet());
        all.remove("id");
        all.removeIf(k -> nested(a.fields().get(k)) || nested(b.fields().get(k)));
        Set<String> ordered = new LinkedHashSet<>();
        KEY_FIELDS.stream().filter(all::contains).forEach(ordered::add);
        ordered.addAll(all);
        return ordered;
    }

    private static boolean nested(Object v) {
        return v instanceof Map<?, ?> || v instanceof List<?> l && l.stream().anyMatch(e -> e instanceof Map<?, ?>);
    }

    /** A field as a reviewer reads it: the value as the templates print it, lists joined; "" when absent. */
    private static String field(FactIndex.Fact f, String key) {
        if (key.equals("value") && f.text().isPresent()) {
            return f.text().get();
        }
        Object v = f.fields().get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(v).strip().replaceAll("\\s+", " ");
    }

    private static String file(FactIndex.Fact f) {
        return f.at().path();
    }

    static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 99).strip() + "\u2026";
    }
}
