package org.briefing.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two small versions of a briefing that differ in every way a diff reports, in all three formats. */
class SiteDiffTest {
    static final String SITE = "title: T\ndescription: D\nlanguage: en\n";

    static final Map<String, String> BASE = Map.of(
            "content/site.yaml", SITE,
            "content/sources.yaml", """
                    - id: agency
                      title: Agency report
                      publisher: The Agency
                      date: "2024"
                      kind: government
                      url: https://example.org/1
                      accessed: 2024-10-20
                      reliability: F
                    - id: wire
                      title: Wire story
                      publisher: Wire
                      date: 2024-10
                      kind: news
                    - id: gone
                      title: Withdrawn story
                      publisher: Wire
                      date: 2024-10
                      kind: news
                    """,
            "content/facts/troops.yaml", """
                    figures:
                      - id: troops
                        label: Troops
                        values:
                          - id: troops-media
                            value: 1500
                            approximate: true
                            claimant: Media
                            status: reported
                            as_of: 2024-10
                            sources: [agency]
                          - id: troops-old
                            value: 10
                            approximate: false
                            claimant: Nobody
                            status: reported
                            as_of: "2024"
                            sources: [wire]
                    """,
            "content/index.md", """
                    ---
                    title: Home
                    ---
                    ## Figures

                    Troops have reportedly arrived [@agency]. The total is {{< fact troops-media >}} soldiers in the region.

                    ## Reactions

                    He called it a "grave security threat" [@wire]. Another sentence with "old words" stays [@agency].
                    This sentence will go away [@wire]. They said "never" [@wire].
                    """,
            "content/old.md", "---\ntitle: Old page\n---\nText.\n",
            "content/renamed.md", "---\ntitle: Before\n---\nText.\n");

    static final Map<String, String> HEAD = Map.of(
            "content/site.yaml", SITE,
            "content/sources.yaml", """
                    - id: agency
                      title: Agency report
                      publisher: The Agency's press office
                      date: 2024-10-18
                      kind: government
                      url: https://example.org/2
                      accessed: 2024-10-20
                      reliability: B
                    - id: wire
                      title: Wire story
                      publisher: Wire
                      date: 2024-10
                      kind: news
                    - id: fresh
                      title: Fresh story
                      publisher: Daily
                      date: 2024-11
                      kind: news
                      reliability: C
                    """,
            "content/facts/troops.yaml", """
                    figures:
                      - id: troops
                        label: Troops
                        values:
                          - id: troops-media
                            value: 15000
                            approximate: true
                            claimant: Officials
                            status: claimed
                            as_of: 2024-11
                            sources: [agency, fresh]
                          - id: troops-new
                            value: 300
                            approximate: false
                            claimant: Fresh
                            status: reported
                            as_of: 2024-11
                            sources: [fresh]
                    """,
            "content/index.md", """
                    ---
                    title: Home
                    ---
                    ## Figures

                    Troops have arrived [@agency; @fresh]. The total is estimated at {{< fact troops-media >}} soldiers in the region.

                    ## Reactions

                    He called it a "grave threat" [@wire]. A new sentence quotes "fresh words" [@fresh].
                    Another sentence with "new words" stays [@agency].
                    """,
            "content/new.md", "---\ntitle: New page\n---\nText.\n",
            "content/renamed.md", "---\ntitle: After\n---\nText.\n");

    @TempDir
    Path dir;

    static void write(Path root, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
    }

    private SiteDiff diff() throws IOException {
        write(dir.resolve("base"), BASE);
        write(dir.resolve("head"), HEAD);
        Diagnostics problems = new Diagnostics();
        SiteDiff diff = SiteDiff.compare(dir.resolve("base"), "base", dir.resolve("head"), "head", problems).orElseThrow();
        assertEquals(List.of(), problems.sorted().stream().map(Diagnostic::toText).toList());
        return diff;
    }

    @Test
    void textGroupsEveryKindOfChange() throws IOException {
        assertEquals(TEXT, diff().report("text"));
    }

    @Test
    void markdownSuitsAJobSummaryAndShowsContentAsText() throws IOException {
        assertEquals(MARKDOWN, diff().report("markdown"));
    }

    @Test
    void githubAddsANoticeOnEveryChangedLine() throws IOException {
        assertEquals(TEXT + NOTICES, diff().report("github"));
    }

    @Test
    void twoEqualVersionsHaveNoChanges() throws IOException {
        write(dir.resolve("base"), BASE);
        write(dir.resolve("head"), BASE);
        SiteDiff diff = SiteDiff.compare(dir.resolve("base"), "base", dir.resolve("head"), "head", new Diagnostics())
                .orElseThrow();
        assertEquals("No change to figures, sources, pages, citations, hedges or quotations.\n", diff.report("text"));
        assertEquals("## Changed claims\n\nNo change to figures, sources, pages, citations, hedges or quotations.\n",
                diff.report("markdown"));
    }

    @Test
    void aVersionThatCannotBeReadIsReportedNotCompared() throws IOException {
        write(dir.resolve("head"), HEAD);
        write(dir.resolve("broken"), Map.of("content/site.yaml", SITE, "content/sources.yaml", "- id: [unclosed\n"));
        Diagnostics problems = new Diagnostics();
        assertEquals(true, SiteDiff.compare(dir.resolve("missing"), "missing", dir.resolve("head"), "head", problems)
                .isEmpty());
        assertEquals(true, SiteDiff.compare(dir.resolve("broken"), "broken", dir.resolve("head"), "head", problems)
                .isEmpty());
        assertEquals(List.of(
                "broken/content/sources.yaml:2:1: error: invalid YAML: expected ',' or ']', but got <stream end>"
                        + " (while parsing a flow sequence at line 1)",
                "missing:1:1: error: no content/ folder in missing\n"
                        + "  hint: give the folder that holds content/ and templates/"),
                problems.sorted().stream().map(Diagnostic::toText).toList());
    }

    static final String TEXT = """
            Figures and values
              changed: troops-media  [content/facts/troops.yaml:6:16]
                  value: about 1,500 -> about 15,000
                  claimant: Media -> Officials
                  status: reported -> claimed
                  as of: 2024-10 -> 2024-11
                  sources: agency -> agency, fresh
              added: troops-new: 300  [content/facts/troops.yaml:12:13]
                  claimant: Fresh
                  status: reported
                  as of: 2024-11
                  sources: fresh
              removed: troops-old: 10 (was in content/facts/troops.yaml)
                  claimant: Nobody
                  status: reported
                  as of: 2024
                  sources: wire

            Sources
              changed: agency  [content/sources.yaml:1:3]
                  reliability: F -> B
                  date: 2024 -> 2024-10-18
                  url: https://example.org/1 -> https://example.org/2
                  publisher: The Agency -> The Agency's press office
              added: fresh: Fresh story  [content/sources.yaml:14:3]
                  reliability: C
                  date: 2024-11
                  publisher: Daily
              removed: gone: Withdrawn story
                  date: 2024-10
                  publisher: Wire

            Pages
              added: content/new.md: "New page"  [content/new.md:1:1]
              retitled: content/renamed.md  [content/renamed.md:1:1]
                  title: "Before" -> "After"
              removed: content/old.md: "Old page"

            content/index.md
              Figures
                hedge lost (reportedly), citation added (@fresh)  [content/index.md:6:1]
                    was: Troops have reportedly arrived.
                    now: Troops have arrived.
                hedge gained (estimated), citation added (@fresh)  [content/index.md:6:40]
                    was: The total is about 1,500 soldiers in the region.
                    now: The total is estimated at about 15,000 soldiers in the region.
              Reactions
                quotation reworded ("grave security threat" -> "grave threat")  [content/index.md:10:16]
                    was: He called it a "grave security threat".
                    now: He called it a "grave threat".
                citation added (@fresh), quotation added ("fresh words")  [content/index.md:10:40]
                    new sentence: A new sentence quotes "fresh words".
                quotation reworded ("old words" -> "new words")  [content/index.md:11:23]
                    was: Another sentence with "old words" stays.
                    now: Another sentence with "new words" stays.
                citation removed (@wire)
                    removed sentence: This sentence will go away.
                citation removed (@wire), quotation removed ("never")
                    removed sentence: They said "never".

            16 changes
            """;
    static final String MARKDOWN = """
            ## Changed claims

            16 changes, grouped by kind and by page.

            ### Figures and values

            - **changed**: troops-media (content/facts/troops.yaml:6:16)
              - value: about 1,500 → about 15,000
              - claimant: Media → Officials
              - status: reported → claimed
              - as of: 2024-10 → 2024-11
              - sources: agency → agency, fresh
            - **added**: troops-new: 300 (content/facts/troops.yaml:12:13)
              - claimant: Fresh
              - status: reported
              - as of: 2024-11
              - sources: fresh
            - **removed**: troops-old: 10 (was in content/facts/troops.yaml)
              - claimant: Nobody
              - status: reported
              - as of: 2024
              - sources: wire

            ### Sources

            - **changed**: agency (content/sources.yaml:1:3)
              - reliability: F → B
              - date: 2024 → 2024-10-18
              - url: https://example.org/1 → https://example.org/2
              - publisher: The Agency → The Agency's press office
            - **added**: fresh: Fresh story (content/sources.yaml:14:3)
              - reliability: C
              - date: 2024-11
              - publisher: Daily
            - **removed**: gone: Withdrawn story
              - date: 2024-10
              - publisher: Wire

            ### Pages

            - **added**: content/new.md: "New page" (content/new.md:1:1)
            - **retitled**: content/renamed.md (content/renamed.md:1:1)
              - title: "Before" → "After"
            - **removed**: content/old.md: "Old page"

            ### content/index.md

            #### Figures

            - **hedge lost** (reportedly), **citation added** (@fresh) (content/index.md:6:1)
              - was: Troops have reportedly arrived.
              - now: Troops have arrived.
            - **hedge gained** (estimated), **citation added** (@fresh) (content/index.md:6:40)
              - was: The total is about 1,500 soldiers in the region.
              - now: The total is estimated at about 15,000 soldiers in the region.

            #### Reactions

            - **quotation reworded** ("grave security threat" → "grave threat") (content/index.md:10:16)
              - was: He called it a "grave security threat".
              - now: He called it a "grave threat".
            - **citation added** (@fresh), **quotation added** ("fresh words") (content/index.md:10:40)
              - new sentence: A new sentence quotes "fresh words".
            - **quotation reworded** ("old words" → "new words") (content/index.md:11:23)
              - was: Another sentence with "old words" stays.
              - now: Another sentence with "new words" stays.
            - **citation removed** (@wire)
              - removed sentence: This sentence will go away.
            - **citation removed** (@wire), **quotation removed** ("never")
              - removed sentence: They said "never".

            """;
    static final String NOTICES = """
            ::notice file=content/facts/troops.yaml,line=6,col=16,title=changed%3A troops-media::value: about 1,500 -> about 15,000%0Aclaimant: Media -> Officials%0Astatus: reported -> claimed%0Aas of: 2024-10 -> 2024-11%0Asources: agency -> agency, fresh
            ::notice file=content/facts/troops.yaml,line=12,col=13,title=added%3A troops-new%3A 300::claimant: Fresh%0Astatus: reported%0Aas of: 2024-11%0Asources: fresh
            ::notice file=content/sources.yaml,line=1,col=3,title=changed%3A agency::reliability: F -> B%0Adate: 2024 -> 2024-10-18%0Aurl: https://example.org/1 -> https://example.org/2%0Apublisher: The Agency -> The Agency's press office
            ::notice file=content/sources.yaml,line=14,col=3,title=added%3A fresh%3A Fresh story::reliability: C%0Adate: 2024-11%0Apublisher: Daily
            ::notice file=content/new.md,line=1,col=1,title=added%3A content/new.md%3A "New page"::added: content/new.md: "New page"
            ::notice file=content/renamed.md,line=1,col=1,title=retitled%3A content/renamed.md::title: "Before" -> "After"
            ::notice file=content/index.md,line=6,col=1,title=hedge lost (reportedly)%2C citation added (@fresh)::was: Troops have reportedly arrived.%0Anow: Troops have arrived.
            ::notice file=content/index.md,line=6,col=40,title=hedge gained (estimated)%2C citation added (@fresh)::was: The total is about 1,500 soldiers in the region.%0Anow: The total is estimated at about 15,000 soldiers in the region.
            ::notice file=content/index.md,line=10,col=16,title=quotation reworded ("grave security threat" -> "grave threat")::was: He called it a "grave security threat".%0Anow: He called it a "grave threat".
            ::notice file=content/index.md,line=10,col=40,title=citation added (@fresh)%2C quotation added ("fresh words")::new sentence: A new sentence quotes "fresh words".
            ::notice file=content/index.md,line=11,col=23,title=quotation reworded ("old words" -> "new words")::was: Another sentence with "old words" stays.%0Anow: Another sentence with "new words" stays.
            """;
}
