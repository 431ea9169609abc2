package org.briefing.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefing.content.Source;
import org.briefing.diag.Position;
import org.junit.jupiter.api.Test;

/** A source known only through another: "as reported in" in notes, isBasedOn in JSON-LD, exactly. */
class SourceChainRenderingTest {
    private static final Position AT = new Position("content/sources.yaml", 1, 1);
    private static final Source WIRE = new Source("wire", "Story", "Wire", "2024-10-19", "news", "", "https://example.org/s",
            "2026-12-01", "", "", "", "", List.of("The agency said on Friday."), AT);
    private static final Source AGENCY = new Source("agency", "Statement", "Agency", "2024-10-18", "intelligence", "", "",
            "", "", "B", "", "wire", List.of(), AT);
    private static final Source AIDE = new Source("aide", "Remark", "Aide", "2024-10", "statement", "", "",
            "", "", "", "", "agency", List.of(), AT);
    private static final Map<String, Source> REGISTRY = Map.of("wire", WIRE, "agency", AGENCY, "aide", AIDE);

    @Test
    void aNoteNamesTheWorkReadInsteadOfSayingNoLinkIsKnown() {
        assertEquals("<cite>Statement</cite>. Agency, <time datetime=\"2024-10-18\">18 October 2024</time>."
                + " As reported in <cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>, Wire."
                + " <span class=\"grade\">Reliability: <abbr title=\"Admiralty grade\">B</abbr> (usually reliable).</span>"
                + " <a class=\"source-entry\" href=\"../sources/#agency\">About this source</a>",
                ReferenceFormat.format(AGENCY, "../", REGISTRY));
    }

    @Test
    void aLongerChainIsFollowedToTheWorkRead() {
        assertEquals("<cite>Remark</cite>. Aide, <time datetime=\"2024-10\">October 2024</time>."
                + " As reported in <cite>Statement</cite>, Agency, itself as reported in"
                + " <cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>, Wire."
                + " <a class=\"source-entry\" href=\"./sources/#aide\">About this source</a>",
                ReferenceFormat.format(AIDE, "./", REGISTRY));
    }

    @Test
    void theSourceReadHasItsLinkAndAccessDate() {
        assertEquals("<cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>. Wire,"
                + " <time datetime=\"2024-10-19\">19 October 2024</time>. Accessed 1 December 2026."
                + " <a class=\"source-entry\" href=\"./sources/#wire\">About this source</a>",
                ReferenceFormat.format(WIRE, "./", REGISTRY));
    }

    @Test
    void jsonLdCitesTheWorkReadWhichIsBasedOnTheOriginal() {
        assertEquals("[{\"@type\":\"CreativeWork\",\"name\":\"Story\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wire\"},"
                + "\"datePublished\":\"2024-10-19\",\"url\":\"https://example.org/s\","
                + "\"isBasedOn\":{\"@type\":\"CreativeWork\",\"name\":\"Statement\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Agency\"},"
                + "\"datePublished\":\"2024-10-18\"}},"
                + "{\"@type\":\"CreativeWork\",\"name\":\"Story\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wire\"},"
                + "\"datePublished\":\"2024-10-19\",\"url\":\"https://example.org/s\"}]",
                JsonLd.citations(List.of("agency", "wire"), REGISTRY));
    }
}
