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
                  accessed: 2026-12-01
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

    @Test
    void aUrlWithoutAccessedIsAnErrorAtTheUrl() {
        read("""
                - id: wire
                  title: Story
                  publisher: Wire
                  date: 2024-10-18
                  kind: news
                  url: https://example.org/story
                """);
        assertEquals(List.of("content/sources.yaml:6:8: error: source 'wire' has a url but no 'accessed' date\n"
                + "  hint: add 'accessed: YYYY-MM-DD', the day the page was read at that address"), diagnostics());
    }

    @Test
    void viaAndExcerptsAreKeptInTheRecord() {
        List<Source> s = read("""
                - id: wire
                  title: Story
                  publisher: Wire
                  date: 2024-10-18
                  kind: news
                  url: https://example.org/story
                  accessed: 2026-12-01
                  excerpts:
                    - "The agency said on Friday."
                    - Another passage, read there.
                - id: agency-statement
                  title: Statement
                  publisher: Agency
                  date: 2024-10
                  kind: government
                  via: wire
                """);
        assertEquals(List.of(), diagnostics());
        assertEquals(List.of("The agency said on Friday.", "Another passage, read there."), s.get(0).excerpts());
        assertEquals("wire", s.get(1).via());
        assertEquals(List.of(), s.get(1).excerpts());
        assertEquals(List.of("wire"), s.get(1).chain(java.util.Map.of("wire", s.get(0))).stream().map(Source::id).toList());
    }

    @Test
    void anUnknownViaIsReportedWithTheClosestId() {
        read("""
                - {id: reuters-2024-10-18, title: T, publisher: P, date: "2024", kind: news}
                - {id: nis, title: T, publisher: P, date: "2024", kind: intelligence, via: reuters-2024-10-81}
                - {id: other, title: T, publisher: P, date: "2024", kind: news, via: nothing-like-it}
                - {id: self, title: T, publisher: P, date: "2024", kind: news, via: self}
                """);
        assertEquals(List.of(
                "content/sources.yaml:2:76: error: unknown via source 'reuters-2024-10-81'\n"
                        + "  hint: did you mean 'reuters-2024-10-18'?",
                "content/sources.yaml:3:70: error: unknown via source 'nothing-like-it'\n"
                        + "  hint: add the source it was read in to sources.yaml first",
                "content/sources.yaml:4:69: error: source 'self' is given as its own via\n"
                        + "  hint: name the source this one was read in, or leave 'via' out"),
                diagnostics());
    }

    @Test
    void aViaCycleIsReportedOnceAtItsFirstSource() {
        read("""
                - {id: c, title: T, publisher: P, date: "2024", kind: news, via: a}
                - {id: a, title: T, publisher: P, date: "2024", kind: news, via: b}
                - {id: b, title: T, publisher: P, date: "2024", kind: news, via: c}
                - {id: d, title: T, publisher: P, date: "2024", kind: news, via: a}
                """);
        assertEquals(List.of("content/sources.yaml:2:66: error: via cycle: a -> b -> c -> a\n"
                + "  hint: one of these sources must be the one actually read: remove its 'via'"), diagnostics());
    }

    @Test
    void excerptsMustBeAListOfText() {
        read("""
                - id: a
                  title: T
                  publisher: P
                  date: "2024"
                  kind: news
                  excerpts: one passage
                - id: b
                  title: T
                  publisher: P
                  date: "2024"
                  kind: news
                  excerpts:
                    - ""
                    - [nested]
                """);
        assertEquals(List.of(
                "content/sources.yaml:6:13: error: 'excerpts' must be a list of text\n"
                        + "  hint: write each item on its own line, starting with '- '",
                "content/sources.yaml:13:7: error: item 1 of 'excerpts' must be non-empty text",
                "content/sources.yaml:14:7: error: item 2 of 'excerpts' must be non-empty text"),
                diagnostics());
    }
}
