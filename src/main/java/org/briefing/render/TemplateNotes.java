package org.briefing.render;

import freemarker.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.cite.NotesLayout;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostics;
import org.briefing.html.Html;

/**
 * Notes written by templates: {@code endnotes.ftlh} for a page's section, the {@code reference}
 * macro of {@code reference.ftlh} for a source (built-in ones unless the site has its own).
 */
final class TemplateNotes implements NotesLayout {
    private final TemplateRenderer templates;
    private final Template reference;
    private final Template grade;

    TemplateNotes(TemplateRenderer templates) {
        this.templates = templates;
        this.reference = templates.caller("reference.ftlh", "<@lib.reference source=source root=root/>");
        this.grade = templates.caller("reference.ftlh", "<@lib.grade source=source/>");
    }

    @Override
    public Optional<String> section(List<Note> notes, Diagnostics out) {
        // Plain maps, not the records: a map entry is read without reflection, and this runs for every page.
        List<Map<String, Object>> views = new ArrayList<>(notes.size());
        for (Note n : notes) {
            List<Map<String, Object>> calls = new ArrayList<>(n.calls().size());
            for (Call c : n.calls()) {
                calls.add(Map.of("label", c.label(), "letter", c.letter(), "detail", c.detail()));
            }
            views.add(Map.of("number", n.number(), "kind", n.kind(), "calls", calls,
                    "body", TemplateRenderer.markup(n.body())));
        }
        return templates.render("endnotes.ftlh", Map.of("notes", views), out);
    }

    @Override
    public Optional<String> reference(Source source, List<Source> readIn, String root, Diagnostics out) {
        try {
            Map<String, Object> view = PageModel.source(source, templates.messages());
            view.put("read_in", readIn.stream().map(s -> PageModel.source(s, templates.messages())).toList());
            return Optional.of(templates.call(reference, Map.of("source", view, "root", root)));
        } catch (TemplateRenderer.Failure f) {
            out.add(f.diagnostic());
            return Optional.empty();
        }
    }

    /** The reliability grade alone, for a bibliography entry. */
    Optional<String> grade(Source source, Diagnostics out) {
        try {
            return Optional.of(templates.call(grade, Map.of("source", PageModel.source(source, templates.messages()))));
        } catch (TemplateRenderer.Failure f) {
            out.add(f.diagnostic());
            return Optional.empty();
        }
    }

    @Override
    public String unknownSource(String id) {
        return Html.escape(templates.messages().text("unknown_source", id));
    }
}
