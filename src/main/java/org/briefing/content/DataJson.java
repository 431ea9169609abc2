package org.briefing.content;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON the site publishes under {@code data/} for readers who want the data: each fact file as
 * read, and the source registry. Written here, beside the loader, as the YAML library is.
 */
public final class DataJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataJson() {
    }

    static String of(JsonNode node) {
        return JSON.writeValueAsString(node) + "\n";
    }

    /** {@code data/sources.json}: every source with its non-empty fields and the passages read, in registry order. */
    public static String sources(List<Source> sources) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Source s : sources) {
            ObjectNode o = array.addObject();
            for (Map.Entry<String, String> e : s.fields().entrySet()) {
                if (!e.getValue().isEmpty()) {
                    o.put(e.getKey(), e.getValue());
                }
            }
            if (!s.excerpts().isEmpty()) {
                ArrayNode excerpts = o.putArray("excerpts");
                s.excerpts().forEach(excerpts::add);
            }
        }
        return of(array);
    }
}
