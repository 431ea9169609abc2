package org.briefing.check;

import java.util.Map;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostics;
import org.briefing.prose.Prose;
import org.briefing.render.FactIndex;
import org.briefing.render.ParsedPage;
import org.briefing.render.ProseReader;

/**
 * The checks that read one page's prose against the site's sources: quotations against the
 * sources' excerpts, and, on pages that ask for it, citation coverage. Read-only, shared by all
 * page renders; run it on a page before rendering it.
 */
public final class PageChecks {
    private final Map<String, Source> sources;
    private final FactIndex facts;
    private final boolean anyExcerpts;

    public PageChecks(Map<String, Source> sources, FactIndex facts) {
        this.sources = Map.copyOf(sources);
        this.facts = facts;
        this.anyExcerpts = sources.values().stream().anyMatch(s -> !s.excerpts().isEmpty());
    }

    /** Adds the warnings for {@code parsed} to {@code out}; reads the prose only when a check applies. */
    public void check(ParsedPage parsed, Diagnostics out) {
        boolean coverage = parsed.page().front().citationsRequired();
        if (!anyExcerpts && !coverage) {
            return;
        }
        Prose prose = ProseReader.read(parsed, facts);
        if (anyExcerpts) {
            out.addAll(QuotationCheck.check(prose, sources));
        }
        if (coverage) {
            out.addAll(CitationCoverage.check(prose));
        }
    }
}
