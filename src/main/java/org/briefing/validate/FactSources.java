package org.briefing.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.content.FactFile;
import org.briefing.content.YamlDocument;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Spelling;
import tools.jackson.databind.JsonNode;

/** Checks every {@code sources:} list in a fact file names known sources. */
public final class FactSources {
    private FactSources() {
    }

    public static List<Diagnostic> check(FactFile fact, List<String> sourceIds) {
        List<Diagnostic> out = new ArrayList<>();
        walk(fact.document(), fact.document().root(), "", sourceIds, out);
        return out;
    }

    /** Every source id that a fact file cites, in document order. */
    public static List<String> cited(FactFile fact) {
        List<String> ids = new ArrayList<>();
        collect(fact.document().root(), ids);
        return ids;
    }

    private static void collect(JsonNode node, List<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("sources") && e.getValue().isArray()) {
                    e.getValue().forEach(v -> ids.add(v.asString()));
                } else {
                    collect(e.getValue(), ids);
                }
            }
        } else if (node.isArray()) {
            node.forEach(v -> collect(v, ids));
        }
    }

    private static void walk(YamlDocument doc, JsonNode node, String pointer, List<String> ids, List<Diagnostic> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String p = pointer + "/" + YamlDocument.segment(e.getKey());
                if (e.getKey().equals("sources") && e.getValue().isArray()) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        String id = e.getValue().get(i).asString();
                        if (!ids.contains(id)) {
                            String hint = Spelling.didYouMean(id, ids);
                            out.add(Diagnostic.error(doc.valueAt(p + "/" + i), "unknown source '" + id + "'",
                                    hint != null ? hint : "add it to content/sources.yaml"));
                        }
                    }
                } else {
                    walk(doc, e.getValue(), p, ids, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(doc, node.get(i), pointer + "/" + i, ids, out);
            }
        }
    }
}
