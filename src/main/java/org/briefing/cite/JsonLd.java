package org.briefing.cite;

import java.util.List;
import java.util.Map;
import org.briefing.content.Source;
import org.briefing.html.Json;

/** The {@code citation} array of a page's JSON-LD: one CreativeWork per cited source. */
final class JsonLd {
    private JsonLd() {
    }

    static String citations(List<String> ids, Map<String, Source> sources) {
        StringBuilder b = new StringBuilder("[");
        boolean first = true;
        for (String id : ids) {
            Source s = sources.get(id);
            if (s == null) {
                continue;
            }
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append("{\"@type\":\"CreativeWork\",\"name\":").append(Json.string(s.title()))
                    .append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(Json.string(s.publisher())).append('}');
            if (!s.date().isEmpty()) {
                b.append(",\"datePublished\":").append(Json.string(s.date()));
            }
            if (s.hasUrl()) {
                b.append(",\"url\":").append(Json.string(s.url()));
            }
            b.append('}');
        }
        return b.append(']').toString();
    }
}
