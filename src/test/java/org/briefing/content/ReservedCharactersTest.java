package org.briefing.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The characters of note placeholders never come through from input, raw or as a YAML escape. */
class ReservedCharactersTest {
    @Test
    void rawCharactersInAFileBecomeReplacementCharacters() {
        TextFile.Read r = TextFile.decode("a\u0001b\u0004c\u0008d\ue000e\ue00ff\tg\u0009".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "content/x.md");
        assertEquals(new TextFile.Text("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg\t"), r);
    }

    @Test
    void yamlEscapesInKeysAndValuesBecomeReplacementCharacters() {
        YamlReader.Result r = new YamlReader().read("content/facts/x.yaml", """
                "k\\u0001": "v\\u0002 0 \\u0003\\uE000"
                list: ["\\u0004"]
                """, 0);
        assertEquals("{\"k\uFFFD\":\"v\uFFFD 0 \uFFFD\uFFFD\",\"list\":[\"\uFFFD\"]}", r.document().root().toString());
    }
}
