package org.briefing.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefing.content.Source;
import org.briefing.diag.Position;
import org.briefing.diag.Diagnostics;
import org.briefing.lang.Messages;
import org.briefing.render.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    static java.nio.file.Path emptyTemplates;

    /** The built-in reference template, as a site without its own reference.ftlh gets it. */
    private static String format(Source s, String root) {
        try {
            NotesLayout layout = new TemplateRenderer(emptyTemplates, Messages.of("en")).notesLayout();
            Diagnostics out = new Diagnostics();
            String html = layout.reference(s, s.chain(REGISTRY), root, out).orElseThrow();
            assertEquals(List.of(), out.sorted());
            return html;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNoteNamesTheWorkReadInsteadOfSayingNoLinkIsKnown() {
        assertEquals("<cite>Statement</cite>. Agency, <time datetime=\"2024-10-18\">18 October 2024</time>."
                + " As reported in <cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>, Wire."
                + " <span class=\"grade\">Reliability: <abbr title=\"Admiralty grade\">B</abbr> (usually reliable).</span>"
                + " <a class=\"source-entry\" href=\"../sources/#agency\">About this source</a>",
                format(AGENCY, "../"));
    }

    @Test
    void aLongerChainIsFollowedToTheWorkRead() {
        assertEquals("<cite>Remark</cite>. Aide, <time datetime=\"2024-10\">October 2024</time>."
                + " As reported in <cite>Statement</cite>, Agency, itself as reported in"
                + " <cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>, Wire."
                + " <a class=\"source-entry\" href=\"./sources/#aide\">About this source</a>",
                format(AIDE, "./"));
    }

    @Test
    void theSourceReadHasItsLinkAndAccessDate() {
        assertEquals("<cite><a href=\"https://example.org/s\" rel=\"noopener noreferrer\">Story</a></cite>. Wire,"
                + " <time datetime=\"2024-10-19\">19 October 2024</time>. Accessed 1 December 2026."
                + " <a class=\"source-entry\" href=\"./sources/#wire\">About this source</a>",
                format(WIRE, "./"));
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
