package org.briefing.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Converts a fact tree into plain maps, lists, strings, numbers and booleans for templates. */
public final class FactData {
    private FactData() {
    }

    public static Object toPlain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Object v = toPlain(e.getValue());
                if (v != null) {
                    m.put(e.getKey(), v);
                }
            }
            return Collections.unmodifiableMap(m);
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>(node.size());
            node.forEach(v -> {
                Object p = toPlain(v);
                if (p != null) {
                    l.add(p);
                }
            });
            return Collections.unmodifiableList(l);
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asString();
    }
}
