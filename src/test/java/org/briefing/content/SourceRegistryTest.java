package org.briefing.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** sources.yaml problems, reported verbatim at the offending value. */
class SourceRegistryTest {
    private final Diagnostics out = new Diagnostics();

    private List<Source> read(String yaml) {
        YamlReader.Result r = new YamlReader().read("content/sources.yaml", yaml, 0);
        out.addAll(r.errors());
        return r.ok() ? SourceRegistryReader.read(r.document(), out) : List.of();
    }

    private List<String> diagnostics() {
        return out.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void readsAFullEntry() {
        List<Source> s = read("""
                - id: nis-briefing-2024-10-18
                  title: Briefing
                  publisher: NIS
                  date: 2024-10-18
                  kind: intelligence
                  url: https://example.org/a
                  archive_url: http://archive.example.org/a
                  reliability: B
                  note: A note.
                """);
        assertEquals(List.of(), diagnostics());
        assertEquals("nis-briefing-2024-10-18", s.get(0).id());
        assertEquals(1, s.get(0).at().line());
        assertEquals("B", s.get(0).reliability());
    }

    @Test
    void duplicateIdPointsAtTheSecondAndNamesTheFirst() {
        read("""
                - {id: a-source, title: T, publisher: P, date: "2024", kind: news}
                - id: a-source
                  title: T2
                  publisher: P
                  date: "2024"
                  kind: news
                """);
        assertEquals(List.of("content/sources.yaml:2:7: error: duplicate source id 'a-source'\n"
                + "  hint: first defined at line 1; give this source another id"), diagnostics());
    }

    @Test
    void malformedAndImpossibleDates() {
        read("""
                - {id: a, title: T, publisher: P, kind: news, date: 18/10/2024}
                - {id: b, title: T, publisher: P, kind: news, date: 2024-02-30}
                - {id: c, title: T, publisher: P, kind: news, date: "2024-10"}
                """);
        assertEquals(List.of(
                "content/sources.yaml:1:53: error: malformed date '18/10/2024' in 'date'\n  hint: write YYYY-MM-DD, YYYY-MM or YYYY",
                "content/sources.yaml:2:53: error: malformed date '2024-02-30' in 'date'\n  hint: write YYYY-MM-DD, YYYY-MM or YYYY"),
                diagnostics());
    }

    @Test
    void missingFieldsUnknownKeysAndBadUrls() {
        read("""
                - id: x
                  title: T
                  kind: news
                  date: "2024"
                  url: javascript:alert(1)
                  archive_url: ftp://example.org/x
                  reliabilty: B
                """);
        assertEquals(List.of(
                "content/sources.yaml:1:3: error: missing required field 'publisher'",
                "content/sources.yaml:5:8: error: 'url' must be an http or https URL, not 'javascript:alert(1)'\n  hint: leave it out if no link is known",
                "content/sources.yaml:6:16: error: 'archive_url' must be an http or https URL, not 'ftp://example.org/x'\n  hint: leave it out if no link is known",
                "content/sources.yaml:7:3: error: unknown key 'reliabilty'\n  hint: did you mean 'reliability'?"),
                diagnostics());
    }

    @Test
    void yamlSyntaxErrorHasTheParsersPosition() {
        read("- id: a\n  title: [unclosed\n");
        assertEquals(List.of("content/sources.yaml:3:1: error: invalid YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence at line 2)"), diagnostics());
    }

    @Test
    void aliasesAndDuplicateKeysAreRefused() {
        read("- &a {id: a, title: T, publisher: P, date: '2024', kind: news}\n- *a\n");
        read("- id: a\n  id: b\n");
        assertEquals(List.of(
                "content/sources.yaml:2:3: error: YAML aliases (*name) are not supported\n"
                        + "  hint: write the value out in full; aliases make untrusted files expensive to load",
                "content/sources.yaml:2:3: error: duplicate key 'id'\n  hint: the first one is at line 1"),
                diagnostics());
    }
}
