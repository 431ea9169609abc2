package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.content.FactFile;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostics;
import org.briefing.lang.Messages;
import org.junit.jupiter.api.Test;

/** {{< fact ID >}} values read in the site's language: number format and comparator words. */
class FactValueLanguageTest {
    private static final String FACTS = """
            values:
              - {id: a, value: 1500, approximate: true, sources: [s]}
              - {id: b, value: 13000, comparator: more-than, sources: [s]}
              - {id: c, value: 12000, comparator: exactly, sources: [s]}
              - {id: d, value: 300, comparator: fewer-than, sources: [s]}
              - {id: e, value: 2000, comparator: at-least, sources: [s]}
            """;

    private static List<String> values(String language) {
        FactFile file = FactFile.of("f", new YamlReader().read("content/facts/f.yaml", FACTS, 0).document());
        FactIndex index = FactIndex.of(List.of(file), Messages.of(language), new Diagnostics());
        return List.of("a", "b", "c", "d", "e").stream().map(id -> index.get(id).orElseThrow().text().orElseThrow()).toList();
    }

    @Test
    void english() {
        assertEquals(List.of("about 1,500", "more than 13,000", "12,000", "fewer than 300", "at least 2,000"), values("en"));
    }

    @Test
    void korean() {
        assertEquals(List.of("약 1,500", "13,000 초과", "12,000", "300 미만", "최소 2,000"), values("ko"));
    }

    @Test
    void ukrainian() {
        String sep = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("uk")).format(1000).substring(1, 2);
        assertEquals(List.of("близько 1" + sep + "500", "понад 13" + sep + "000", "12" + sep + "000", "менше ніж 300",
                "щонайменше 2" + sep + "000"), values("uk"));
        assertEquals(true, sep.equals("\u00a0") || sep.equals("\u202f"), "a no-break space groups Ukrainian digits");
    }
}
