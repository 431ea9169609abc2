package org.briefing.content;

import java.util.List;

/** Everything read from {@code content/}, parsed once; immutable input to the later phases. */
public record Content(SiteConfig site, List<Source> sources, List<FactFile> facts, List<Page> pages) {

    public Content {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        pages = List.copyOf(pages);
    }
}
