package org.briefing.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * openhtmltopdf and PDFBox: lays out the edition's HTML on pages and writes a tagged PDF/UA file
 * with the shipped Noto fonts embedded as subsets. Nothing is fetched: external images and styles
 * are refused. The file is reproducible: its dates come from SOURCE_DATE_EPOCH (or are left out),
 * its document id from a digest of its content, and its XMP metadata is written here, not by clock.
 */
final class PdfRenderer {
    static final String PRODUCER = "briefing";

    /**
     * PDFBox reports through java.util.logging that it ignores a cmap subtable of Noto Sans KR and
     * which system font stands in for ZapfDingbats (an object openhtmltopdf makes but this PDF never
     * uses: every glyph is set in the embedded Noto fonts). Neither is the user's business, so these
     * loggers, held here so their level stays set, report nothing below SEVERE.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    private PdfRenderer() {
    }

    /** Thrown when the renderer fails; the message says what went wrong, for a diagnostic. */
    static final class Failure extends Exception {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static byte[] render(Document html, Edition edition, SettledChapters settled) throws Failure {
        return render(html, edition, settled, true);
    }

    /**
     * As above; with {@code keepWidths} false every text run is measured anew, as openhtmltopdf
     * does on its own (the oracle for {@link TextWidths}).
     */
    static byte[] render(Document html, Edition edition, SettledChapters settled, boolean keepWidths) throws Failure {
        // openhtmltopdf logs every missing glyph and timing to standard error through a logger of
        // its own, which only this switch silences; problems that matter surface as exceptions.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
        List<String> problems = new ArrayList<>();
        // A note cited again on a later page is copied there; each layout shows where the markers
        // fell, and the one that needs no change (or the last allowed) is written. The chapters are
        // settled first, one by one (ChapterSettling), so the first layout of the whole edition
        // normally is the one. All layouts go into one document, so each font is parsed and loaded
        // once, not once a layout.
        try (PDDocument pdf = new PDDocument(); Fonts fonts = new Fonts(pdf, keepWidths ? new TextWidths() : null)) {
            ChapterSettling.settle(html, settled, MAX_LAYOUTS, alone -> settle(alone, pdf, problems, fonts));
            for (int layout = 1; ; layout++) {
                try (PdfBoxRenderer renderer = renderer(html, pdf, problems, fonts)) {
                    renderer.layout();
                    if (layout == MAX_LAYOUTS || NoteRepeats.adjust(html, notePages(renderer)) == 0) {
                        return write(renderer, pdf, html, edition);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure("cannot render the PDF: " + e + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"), e);
        }
    }

    /** Lays out one chapter alone until its notes need no change, or {@link #MAX_LAYOUTS} times. */
    private static void settle(Document html, PDDocument pdf, List<String> problems, Fonts fonts) throws IOException {
        for (int layout = 1; layout < MAX_LAYOUTS; layout++) {
            try (PdfBoxRenderer renderer = renderer(html, pdf, problems, fonts)) {
                renderer.layout();
                if (NoteRepeats.adjust(html, notePages(renderer)) == 0) {
                    return;
                }
            }
        }
    }

    /**
     * Layouts at most: the first, one with the repeated notes, and more to settle what they moved
     * (a footnote may land a page before its marker when the marker's line is pushed on). A page
     * with a table citing the same sources on several rows took seven to settle; layouts stop as
     * soon as one needs no change, so the bound costs nothing where fewer suffice.
     */
    private static final int MAX_LAYOUTS = 8;

    /** Ids of note markers ({@code chapter-2--ref-1a}) and of the notes ({@code chapter-2--note-1}). */
    private static final Pattern NOTE_IDS = Pattern.compile("chapter-\\d+--(ref|note)-.*");

    /** The page each laid-out note marker and note is on, found by its position below the pages' tops. */
    private static Map<String, Integer> notePages(PdfBoxRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, Box> e : renderer.getSharedContext().getIdMap().entrySet()) {
            if (!NOTE_IDS.matcher(e.getKey()).matches()) {
                continue;
            }
            int y = e.getValue().getAbsY();
            int lo = 0;
            int hi = pages.size() - 1;
            while (lo < hi) { // the last page whose top is at or above y
                int mid = (lo + hi + 1) >>> 1;
                if (pages.get(mid).getTop() <= y) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            out.put(e.getKey(), lo);
        }
        return out;
    }

    private static PdfBoxRenderer renderer(Document html, PDDocument pdf, List<String> problems, Fonts fonts) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> problems.add(d.getFormattedMessage()));
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "");
        builder.usePDDocument(pdf);
        font(builder, fonts, "NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL);
        font(builder, fonts, "NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL);
        font(builder, fonts, "NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC);
        font(builder, fonts, "NotoSansKR-Regular.ttf", "Noto Sans KR", 400, FontStyle.NORMAL);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        if (fonts.widths != null) {
            renderer.getSharedContext().setTextRenderer(new MeasuredText(fonts.widths));
        }
        return renderer;
    }

    private static byte[] write(PdfBoxRenderer renderer, PDDocument pdf, Document html, Edition edition) throws IOException {
        renderer.createPDFKeepOpen();
        fix(pdf, edition, digest(html.outerHtml(), edition.epochSeconds()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /**
     * Registers a bundled font, read and parsed only when the layout first asks for it: a briefing
     * with no Hangul never opens the 6 MB Korean font, one with no italics never the italic one.
     */
    private static void font(PdfRendererBuilder builder, Fonts fonts, String file, String family, int weight,
                             FontStyle style) {
        builder.useFont(new LazyFont(fonts, file), family, weight, style, true);
    }

    /** Font files by name, read from the jar once. */
    private static final java.util.Map<String, byte[]> FONT_FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] bytes(String file) throws IOException {
        byte[] known = FONT_FILES.get(file);
        if (known != null) {
            return known;
        }
        try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing from the jar");
            }
            byte[] read = in.readAllBytes();
            FONT_FILES.put(file, read);
            return read;
        }
    }

    /**
     * The shipped fonts of one document, each parsed and loaded into it on first use, once for all
     * its layouts (the layouts of one edition run on one thread). Glyph substitution is off: PDFBox
     * picks its GSUB rules by the first script a font lists, which for Noto Sans is Devanagari, and
     * applying those to every run of Latin text took most of the rendering time. Latin, Cyrillic
     * and Hangul need no substitution to be read; ligatures such as "fi" are simply not formed.
     */
    private static final class Fonts implements java.io.Closeable {
        private final PDDocument pdf;
        private final Map<String, PDFont> loaded = new HashMap<>();
        private final List<TrueTypeFont> parsed = new ArrayList<>();
        /** The widths measured in this document, or null to measure each run each time. */
        final TextWidths widths;

        Fonts(PDDocument pdf, TextWidths widths) {
            this.pdf = pdf;
            this.widths = widths;
        }

        PDFont get(String file) throws IOException {
            PDFont font = loaded.get(file);
            if (font == null) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
                parsed.add(ttf);
                ttf.setEnableGsub(false);
                font = PDType0Font.load(pdf, ttf, true);
                loaded.put(file, font);
            }
            return font;
        }

        @Override
        public void close() throws IOException {
            for (TrueTypeFont ttf : parsed) {
                ttf.close();
            }
        }
    }

    /** A font of {@link Fonts}, asked for when the layout first uses it. */
    private static final class LazyFont extends PDFontSupplier {
        private final Fonts fonts;
        private final String file;

        LazyFont(Fonts fonts, String file) {
            super(null);
            this.fonts = fonts;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            try {
                return fonts.get(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Dates from SOURCE_DATE_EPOCH or none, an id from the content, language and XMP set here. */
    private static void fix(PDDocument pdf, Edition edition, byte[] digest) throws IOException {
        Calendar date = null;
        if (edition.epochSeconds() >= 0) {
            date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            date.setTimeInMillis(edition.epochSeconds() * 1000);
        }
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(edition.title());
        info.setSubject(edition.summary());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.getDocumentCatalog().setLanguage(edition.language());
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(Xmp.of(edition, date).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(metadata);
        COSArray id = new COSArray();
        id.add(new COSString(Arrays.copyOf(digest, 16)));
        id.add(new COSString(Arrays.copyOf(digest, 16)));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
        pdf.setDocumentId(java.nio.ByteBuffer.wrap(digest).getLong());
    }

    private static byte[] digest(String markup, long epoch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(markup.getBytes(StandardCharsets.UTF_8));
            sha.update(Long.toString(epoch).getBytes(StandardCharsets.US_ASCII));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
