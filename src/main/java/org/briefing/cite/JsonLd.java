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
            // Cite the work actually read: a source known only through another is given as that
            // work, which isBasedOn it (and so on down a longer chain).
            List<Source> chain = s.chain(sources);
            for (int i = chain.size() - 1; i >= 0; i--) {
                work(b, chain.get(i));
                b.append(",\"isBasedOn\":");
            }
            work(b, s);
            b.append("}".repeat(chain.size() + 1));
        }
        return b.append(']').toString();
    }

    /** One CreativeWork, left open so a caller may add properties and close it. */
    private static void work(StringBuilder b, Source s) {
        b.append("{\"@type\":\"CreativeWork\",\"name\":").append(Json.string(s.title()))
                .append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(Json.string(s.publisher())).append('}');
        if (!s.date().isEmpty()) {
            b.append(",\"datePublished\":").append(Json.string(s.date()));
        }
        if (s.hasUrl()) {
            b.append(",\"url\":").append(Json.string(s.url()));
        }
    }
}
