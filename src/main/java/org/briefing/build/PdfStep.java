package org.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.lang.Messages;
import org.briefing.output.Output;
import org.briefing.pdf.Edition;
import org.briefing.pdf.PdfEdition;

/**
 * Writes {@code briefing.pdf} from the finished pages, after every page and file around them is
 * written to the staging folder, then puts its size into the "Download PDF" links, which pages
 * carry as {@link #SIZE_TOKEN} until then. Only a build that writes a PDF touches this class, so
 * the PDF renderer is never loaded by check or the preview.
 */
final class PdfStep implements AssembleStep {
    /** Stands for the PDF's size in written pages; a reserved character input never contains. */
    static final String SIZE_TOKEN = "\u0005";
    static final String FILE = "briefing.pdf";

    private final BuildOptions options;
    private final SiteTarget target;
    private final PageResult bibliography;
    private final PdfChapters settled;

    PdfStep(BuildOptions options, SiteTarget target, PageResult bibliography, PdfChapters settled) {
        this.options = options;
        this.target = target;
        this.bibliography = bibliography;
        this.settled = settled;
    }

    @Override
    public void assemble(AssembledSite assembled, Output out, Diagnostics diagnostics) {
        SiteConfig site = assembled.site();
        List<Edition.Chapter> chapters = new ArrayList<>();
        List<String> html = new ArrayList<>();
        for (int i = 0; i < assembled.pages().size(); i++) {
            Page p = assembled.pages().get(i);
            PageResult r = assembled.results().get(i);
            chapters.add(new Edition.Chapter(p.front().title(), p.url(), r.html()));
            html.add(r.outputFile());
        }
        Messages messages = Messages.of(site.language());
        Page bib = org.briefing.content.SpecialPages.bibliography(assembled.content().pages(), messages);
        Edition.Chapter sources = new Edition.Chapter(bib.front().title(), bib.url(), bibliography.html());
        html.add(bibliography.outputFile());
        html.add("404.html");
        html.add(org.briefing.content.SpecialPages.search().outputFile());
        String built = options.buildDate();
        Edition edition = new Edition(site.title(), site.description(), site.language(), site.baseUrl(),
                site.asOf().isEmpty() ? "" : messages.date(site.asOf()),
                built.isEmpty() ? "" : messages.date(built), epochSeconds(options.sourceDateEpoch()),
                chapters, sources);
        String digest = digest(edition);
        byte[] pdf = settled.edition(digest).orElse(null);
        if (pdf == null) {
            try {
                pdf = PdfEdition.render(edition, settled);
            } catch (PdfEdition.Failure e) {
                diagnostics.add(Diagnostic.error(Position.startOf("content/site.yaml"), e.getMessage(),
                        "build with --no-pdf to write the site without the PDF edition"));
                return;
            }
            settled.keepEdition(digest, pdf);
        }
        out.write(FILE, pdf);
        target.replace(html, SIZE_TOKEN, size(pdf.length));
    }

    /**
     * A digest of all the edition's file is made from: the same digest (under the same generator,
     * which the cache key adds) means the same bytes, since the file is reproducible.
     */
    static String digest(Edition edition) {
        PageKeys.Hasher h = new PageKeys.Hasher().add("title", edition.title()).add("summary", edition.summary())
                .add("language", edition.language()).add("base", edition.baseUrl()).add("as of", edition.asOf())
                .add("built", edition.buildDate()).add("epoch", Long.toString(edition.epochSeconds()));
        for (Edition.Chapter c : edition.chapters()) {
            h.add("chapter", c.title()).add("url", c.url()).add("html", c.html());
        }
        Edition.Chapter b = edition.bibliography();
        return h.add("bibliography", b.title()).add("url", b.url()).add("html", b.html()).hex();
    }

    /** "840 KB", or "2.4 MB" from 1,000 KB on. */
    static String size(long bytes) {
        long kb = Math.max(1, Math.round(bytes / 1024.0));
        return kb < 1000 ? kb + " KB" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** SOURCE_DATE_EPOCH in seconds, or -1 when unset or not a number (then the PDF carries no dates). */
    static long epochSeconds(String epoch) {
        if (epoch == null || epoch.isBlank()) {
            return -1;
        }
        try {
            long s = Long.parseLong(epoch.strip());
            return s >= 0 ? s : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
