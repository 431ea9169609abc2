package org.briefing.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.content.Content;
import org.briefing.content.ContentLoader;
import org.briefing.content.Page;
import org.briefing.content.Source;
import org.briefing.content.YamlReader;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.prose.Prose;
import org.briefing.render.FactIndex;
import org.briefing.render.MarkdownRenderer;
import org.briefing.render.ProseReader;

/**
 * What one version of a briefing claims: its sources, its fact values and the prose of its pages,
 * read with the generator's own loader and parser (never as text).
 */
record SiteModel(Map<String, Source> sources, FactIndex facts, Map<String, PageText> pages) {

    /** A page: its front matter title and its prose. */
    record PageText(Page page, Prose prose) {
    }

    /** Reads site roots; holds the parser, so make one and read both versions with it. */
    static final class Reader {
        private final ContentLoader loader = ContentLoader.withoutSchemas(new YamlReader());
        private final MarkdownRenderer markdown = new MarkdownRenderer();

        /** The model of {@code root}, or empty with the reasons in {@code out} when it cannot be read. */
        Optional<SiteModel> read(Path root, String name, Diagnostics out) {
            if (!Files.isDirectory(root.resolve("content"))) {
                out.add(Diagnostic.error(Position.startOf(name), "no content/ folder in " + name,
                        "give the folder that holds content/ and templates/"));
                return Optional.empty();
            }
            Diagnostics problems = new Diagnostics();
            Content content = loader.load(root.toAbsolutePath().normalize(), problems);
            FactIndex facts = FactIndex.of(content.facts(), problems);
            if (problems.hasErrors()) {
                problems.sorted().forEach(d -> out.add(new Diagnostic(name + "/" + d.path(), d.line(), d.column(),
                        d.severity(), d.message(), d.hint())));
                return Optional.empty();
            }
            Map<String, Source> sources = new TreeMap<>();
            content.sources().forEach(s -> sources.put(s.id(), s));
            Map<String, PageText> pages = new TreeMap<>();
            for (Page page : content.pages()) {
                pages.put(page.path(), new PageText(page, ProseReader.read(markdown.parse(page, problems), facts)));
            }
            return Optional.of(new SiteModel(sources, facts, pages));
        }
    }
}
