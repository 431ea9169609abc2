package org.briefing.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.Content;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.prose.Prose;
import org.briefing.render.FactIndex;
import org.briefing.render.ParsedPage;
import org.briefing.render.ProseReader;

/**
 * The checks that read one page's prose against the site: quotations against the excerpts of the
 * sources they cite, and, on pages that ask for it, citation coverage. A pure function of the
 * parsed page and the loaded site; run it before the page is rendered (rendering replaces the
 * citations it reads). Usage: {@code PageChecks.check(parsed, content)}.
 */
public final class PageChecks {
    private PageChecks() {
    }

    /** The warnings for {@code parsed}; reads the page's prose only when a check applies to it. */
    public static List<Diagnostic> check(ParsedPage parsed, Content site) {
        boolean coverage = parsed.page().front().citationsRequired();
        Map<String, Source> withExcerpts = new HashMap<>();
        site.sources().stream().filter(s -> !s.excerpts().isEmpty()).forEach(s -> withExcerpts.put(s.id(), s));
        if (withExcerpts.isEmpty() && !coverage) {
            return List.of();
        }
        // Fact references count as citations of the fact's sources; duplicate ids are reported by the build.
        Prose prose = ProseReader.read(parsed, FactIndex.of(site.facts(), new Diagnostics()));
        List<Diagnostic> out = new ArrayList<>();
        if (!withExcerpts.isEmpty()) {
            out.addAll(QuotationCheck.check(prose, withExcerpts));
        }
        if (coverage) {
            out.addAll(CitationCoverage.check(prose));
        }
        return out;
    }
}
