package org.briefing.output;

import java.util.Map;
import org.briefing.content.Content;
import org.briefing.content.FactFile;
import org.briefing.content.Source;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes the facts and the source registry as {@code data/NAME.json}, for readers who want the data. */
final class DataExport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataExport() {
    }

    static void write(Output out, Content content) {
        for (FactFile f : content.facts()) {
            if (f.document().root() != null) {
                out.write("data/" + f.name() + ".json", JSON.writeValueAsString(f.document().root()) + "\n");
            }
        }
        ArrayNode sources = JsonNodeFactory.instance.arrayNode();
        for (Source s : content.sources()) {
            ObjectNode o = sources.addObject();
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
        out.write("data/sources.json", JSON.writeValueAsString(sources) + "\n");
    }
}
