package org.briefing.content;

import org.briefing.diag.Position;
import tools.jackson.databind.JsonNode;

/**
 * A {@code content/facts/NAME.yaml} file, exposed to templates as {@code data.NAME}: its root-relative
 * {@code path}, its content as a {@link FactNode} tree, and {@code json}, the same content as the
 * JSON the site publishes at {@code data/NAME.json}.
 */
public record FactFile(String name, String path, FactNode root, String json) {
    /** Reads a parsed YAML document into a fact file (the schema check is the loader's). */
    public static FactFile of(String name, YamlDocument document) {
        JsonNode root = document.root();
        FactNode tree = root == null ? new FactNode.Null(Position.startOf(document.path()))
                : node(document, root, "");
        String json = root == null ? "" : DataJson.of(root);
        return new FactFile(name, document.path(), tree, json);
    }

    private static FactNode node(YamlDocument doc, JsonNode n, String pointer) {
        Position at = doc.valueAt(pointer);
        if (n.isObject()) {
            java.util.Map<String, FactNode> fields = new java.util.LinkedHashMap<>();
            for (var e : n.properties()) {
                fields.put(e.getKey(), node(doc, e.getValue(), pointer + "/" + YamlDocument.segment(e.getKey())));
            }
            return new FactNode.Fields(fields, at);
        }
        if (n.isArray()) {
            java.util.List<FactNode> items = new java.util.ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                items.add(node(doc, n.get(i), pointer + "/" + i));
            }
            return new FactNode.Items(items, at);
        }
        if (n.isBoolean()) {
            return new FactNode.Value(n.asBoolean(), at);
        }
        if (n.isIntegralNumber()) {
            return new FactNode.Value(n.canConvertToLong() ? (Object) n.asLong() : n.bigIntegerValue(), at);
        }
        if (n.isNumber()) {
            return new FactNode.Value(n.decimalValue(), at);
        }
        if (n.isNull() || n.isMissingNode()) {
            return new FactNode.Null(at);
        }
        return new FactNode.Value(n.asString(), at);
    }
}
