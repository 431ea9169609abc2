package org.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.cite.ReferenceFormat;
import org.briefing.content.SiteConfig;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.output.LinkScan;
import org.briefing.output.SiteWriter;
import org.briefing.pdf.Edition;
import org.briefing.pdf.PdfEdition;

/**
 * Writes {@code briefing.pdf} once every page is written to the staging folder, then puts its size
 * into the "Download PDF" links, which pages carry as {@link #SIZE_TOKEN} until then. Only a build
 * that writes a PDF touches this class, so the PDF renderer is never loaded by check or the preview.
 */
final class PdfStep {
    /** Stands for the PDF's size in written pages; a reserved character input never contains. */
    static final String SIZE_TOKEN = "\u0005";
    static final String FILE = "briefing.pdf";

    private PdfStep() {
    }

    static void write(SiteConfig site, String sourceDateEpoch, List<RenderedPage> pages, RenderedPage bibliography,
                      LinkScan output, SiteWriter writer, List<String> htmlFiles, Diagnostics diagnostics) {
        List<Edition.Chapter> chapters = new ArrayList<>();
        for (RenderedPage p : pages) {
            chapters.add(new Edition.Chapter(p.page().front().title(), p.page().url(), p.html()));
        }
        Edition.Chapter sources = new Edition.Chapter(bibliography.page().front().title(), bibliography.page().url(),
                bibliography.html());
        String built = Build.buildDate(sourceDateEpoch);
        Edition edition = new Edition(site.title(), site.description(), site.language(), site.baseUrl(), "",
                built.isEmpty() ? "" : ReferenceFormat.humanDate(built), epochSeconds(sourceDateEpoch), chapters, sources);
        byte[] pdf;
        try {
            pdf = PdfEdition.render(edition);
        } catch (PdfEdition.Failure e) {
            diagnostics.add(Diagnostic.error(org.briefing.diag.Position.startOf("content/site.yaml"), e.getMessage(),
                    "build with --no-pdf to write the site without the PDF edition"));
            return;
        }
        output.write(FILE, pdf);
        writer.replace(htmlFiles, SIZE_TOKEN, size(pdf.length));
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
