package org.briefing.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;
import org.briefing.cite.NoteRef;
import org.briefing.cite.PageNotes;
import org.briefing.lang.Messages;

/** The functions templates may call: {@code cite(ids[, locator])}, {@code rel(url)}, {@code human_date(iso)}. */
final class TemplateFunctions {
    private TemplateFunctions() {
    }

    /**
     * {@code ${cite(fact.sources)}} or {@code ${cite("id", "p. 4")}}: note markers sharing the page's
     * numbering with its prose. An unknown id fails the template at the call.
     */
    static TemplateMethodModelEx cite(PageNotes notes, SiteIndex site) {
        return args -> {
            if (args.isEmpty() || args.size() > 2) {
                throw new TemplateModelException("cite expects a source id or a list of them, and optionally a locator");
            }
            List<String> ids = strings((TemplateModel) args.get(0));
            String locator = args.size() == 2 ? scalar((TemplateModel) args.get(1)) : "";
            StringBuilder tokens = new StringBuilder();
            for (String id : ids) {
                if (!site.hasSource(id)) {
                    throw new TemplateModelException("cite: unknown source '" + id + "'");
                }
                tokens.append(notes.mark(new NoteRef.SourceRef(id, "", locator)));
            }
            return TemplateRenderer.markup(tokens.toString());
        };
    }

    /** {@code ${rel("deployment/")}}: the site path as a link relative to the current page. */
    static TemplateMethodModelEx rel(String pageUrl) {
        return args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("rel expects one site path");
            }
            String target = scalar((TemplateModel) args.get(0));
            if (target.startsWith("/") || target.contains("://")) {
                throw new TemplateModelException("rel expects a site path such as 'deployment/', not '" + target + "'");
            }
            return SiteIndex.relative(pageUrl, target);
        };
    }

    /** {@code ${human_date("2024-10-18")}} -> 18 October 2024 (in the site's language); also YYYY-MM and YYYY. */
    static TemplateMethodModelEx humanDate(Messages messages) {
        return args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("human_date expects one ISO date");
            }
            return messages.date(scalar((TemplateModel) args.get(0)));
        };
    }

    private static List<String> strings(TemplateModel m) throws TemplateModelException {
        List<String> out = new ArrayList<>();
        if (m instanceof TemplateSequenceModel seq) {
            for (int i = 0; i < seq.size(); i++) {
                out.add(scalar(seq.get(i)));
            }
        } else {
            out.add(scalar(m));
        }
        return out;
    }

    private static String scalar(TemplateModel m) throws TemplateModelException {
        if (m instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("expected text, got " + (m == null ? "nothing" : "a " + m.getClass().getSimpleName()));
    }
}
