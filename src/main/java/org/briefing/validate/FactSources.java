package org.briefing.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.content.FactFile;
import org.briefing.content.FactNode;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Spelling;

/** Checks every {@code sources:} list in a fact file names known sources. */
public final class FactSources {
    private FactSources() {
    }

    public static List<Diagnostic> check(FactFile fact, List<String> sourceIds) {
        List<Diagnostic> out = new ArrayList<>();
        for (FactNode.Value id : sourceLists(fact.root())) {
            if (!sourceIds.contains(id.text())) {
                String hint = Spelling.didYouMean(id.text(), sourceIds);
                out.add(Diagnostic.error(id.at(), "unknown source '" + id.text() + "'",
                        hint != null ? hint : "add it to content/sources.yaml"));
            }
        }
        return out;
    }

    /** Every source id that a fact file cites, in document order. */
    public static List<String> cited(FactFile fact) {
        return sourceLists(fact.root()).stream().map(FactNode.Value::text).toList();
    }

    /** The items of every {@code sources:} list, in document order. */
    private static List<FactNode.Value> sourceLists(FactNode root) {
        List<FactNode.Value> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(FactNode node, List<FactNode.Value> out) {
        if (node instanceof FactNode.Fields f) {
            for (Map.Entry<String, FactNode> e : f.fields().entrySet()) {
                if (e.getKey().equals("sources") && e.getValue() instanceof FactNode.Items list) {
                    list.items().stream().filter(FactNode.Value.class::isInstance).map(FactNode.Value.class::cast)
                            .forEach(out::add);
                } else {
                    collect(e.getValue(), out);
                }
            }
        } else if (node instanceof FactNode.Items list) {
            list.items().forEach(i -> collect(i, out));
        }
    }
}
