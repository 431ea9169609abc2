package org.briefing.pdf;

import org.briefing.Hardening;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF edition of the real briefing in content/, read back with PDFBox. */
@Hardening
class PdfEditionTest {
    static final Path ROOT = Path.of(".");
    static final String BASE = "https://example.org/briefing/";
    static final String EPOCH = "1764547200"; // 2025-12-01T00:00:00Z
    static Path site;
    static BuildResult result;
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void build(@TempDir Path tmp) throws IOException {
        site = tmp.resolve("site");
        result = new Build().run(new BuildOptions(ROOT, site, BASE, null, false, true, EPOCH).withPdf(true));
        pdf = Files.readAllBytes(site.resolve("briefing.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = stripper().getText(doc);
        }
    }

    /**
     * Text in reading order: the renderer draws a line's italic, linked and plain runs at different
     * times, so the order of the content stream is not the order on the page.
     */
    static PDFTextStripper stripper() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** The site's pages in navigation order, as its header lists them (the bibliography last). */
    static List<String> navTitles() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        return home.select("nav[aria-label=Sections] a").eachText();
    }

    static List<Document> builtPages() throws IOException {
        List<Document> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("index.html")).sorted().toList()) {
                out.add(Jsoup.parse(p.toFile()));
            }
        }
        return out;
    }

    /** Compared without whitespace: the PDF breaks lines where the page is narrow, not where the HTML does. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void buildsWithoutErrors() {
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertTrue(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
    }

    @Test
    void textHasEveryPageTitleEveryNoteAndEveryBibliographyEntry() throws IOException {
        String all = squeeze(text);
        List<String> titles = navTitles();
        assertEquals(9, titles.size(), titles.toString());
        for (String title : titles) {
            assertTrue(all.contains(squeeze(title)), "page title missing from the PDF: " + title);
        }
        int notes = 0;
        for (Document page : builtPages()) {
            for (Element note : page.select("[role=doc-endnotes] li")) {
                note.select(".backlinks").remove();
                assertTrue(all.contains(squeeze(note.text())), "note missing from the PDF: " + note.text());
                notes++;
            }
        }
        assertTrue(notes > 40, "expected the briefing's notes, found " + notes);
        Document sources = Jsoup.parse(site.resolve("sources/index.html").toFile());
        List<Element> entries = sources.select("ol.bibliography > li");
        assertFalse(entries.isEmpty());
        for (Element entry : entries) {
            for (Element p : entry.select("p")) {
                assertTrue(all.contains(squeeze(p.text())), "bibliography text missing from the PDF: " + p.text());
            }
        }
    }

    @Test
    void aNoteCitedAgainOnALaterPageIsPrintedThereTooButNeverTwiceOnOnePage() throws IOException {
        // The deployment page cites its first source on more than one of its PDF pages.
        Document deployment = Jsoup.parse(site.resolve("deployment/index.html").toFile());
        Element note = deployment.getElementById("note-1");
        note.select(".backlinks").remove();
        String first = squeeze("1. " + note.text());
        // A note as printed ("14. Title ...") may belong to two pages that both number the same
        // source 14, and both may end and begin on one PDF page; only a note of one page is held
        // to appearing once on a PDF page.
        java.util.Map<String, Integer> pagesPrinting = new java.util.HashMap<>();
        for (Document page : builtPages()) {
            for (Element li : page.select("[role=doc-endnotes] li")) {
                li.select(".backlinks").remove();
                pagesPrinting.merge(squeeze(li.id().substring("note-".length()) + ". " + li.text()), 1, Integer::sum);
            }
        }
        List<String> notes = pagesPrinting.entrySet().stream().filter(e -> e.getValue() == 1)
                .map(java.util.Map.Entry::getKey).sorted().toList();
        int pagesWithIt = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = stripper();
            for (int i = 3; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = squeeze(stripper.getText(doc));
                if (page.contains(first) && page.startsWith("Troopdeployment")) {
                    pagesWithIt++;
                }
                for (String n : notes) {
                    int at = page.indexOf(n);
                    assertTrue(at < 0 || page.indexOf(n, at + 1) < 0, "printed twice on page " + i + ": " + n);
                }
            }
        }
        assertTrue(pagesWithIt >= 2, "the first note is on " + pagesWithIt + " page(s) of the deployment chapter");
    }

    @Test
    void outlineHasContentsThenOneEntryPerPageInNavigationOrder() throws IOException {
        List<String> expected = new ArrayList<>(List.of("Contents"));
        expected.addAll(navTitles());
        List<String> outline = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
        }
        assertEquals(expected, outline);
    }

    @Test
    void contentsListsEveryPageWithItsPageNumber() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = stripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(doc);
            for (String title : navTitles()) {
                assertTrue(contents.matches("(?s).*\\Q" + title + "\\E[ .]*\\d+\\s.*"), "no page number for " + title + " in:\n" + contents);
            }
        }
    }

    @Test
    void internalLinksJumpInsideThePdfAndNoneLeadsToTheMadeUpOrigin() throws IOException {
        int jumps = 0;
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) {
                            jumps++;
                        }
                    }
                }
            }
        }
        // Every note marker, contents entry and cross-reference between pages is a jump. What is
        // not in the PDF (the cover's address, the data files) links to the site, never to a page;
        // the only other addresses are those of the sources read, as the registry gives them.
        assertTrue(jumps > 200, "internal jumps: " + jumps);
        assertEquals(BASE, uris.get(0));
        java.util.Set<String> read = new java.util.HashSet<>();
        for (tools.jackson.databind.JsonNode s : tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(site.resolve("data/sources.json").toFile())) {
            for (String field : List.of("url", "archive_url")) {
                if (s.has(field)) {
                    read.add(s.get(field).asString());
                }
            }
        }
        for (String uri : uris.subList(1, uris.size())) {
            assertTrue(uri.startsWith(BASE + "data/") && uri.endsWith(".json") || read.contains(uri), uri);
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheFileIsTaggedWithTitleLanguageAndFixedDates() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                    if (!fonts.contains(f.getName().substring(7))) {
                        fonts.add(f.getName().substring(7));
                    }
                    assertEquals('+', f.getName().charAt(6), "not a subset: " + f.getName());
                }
            }
            fonts.sort(null);
            assertEquals(List.of("NotoSans-Bold", "NotoSans-Italic", "NotoSans-Regular"), fonts);
            assertEquals("North Korean troops and munitions for Russia: a sourced briefing", doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null);
            assertEquals(1764547200000L, doc.getDocumentInformation().getCreationDate().getTimeInMillis());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<xmp:CreateDate>2025-12-01T00:00:00Z</xmp:CreateDate>"), xmp);
        }
    }

    @Test
    void twoBuildsWithTheSameEpochAreByteIdentical(@TempDir Path tmp) throws IOException {
        BuildResult again = new Build().run(new BuildOptions(ROOT, tmp.resolve("site"), BASE, null, false, true, EPOCH).withPdf(true));
        assertFalse(again.hasErrors());
        assertArrayEquals(pdf, Files.readAllBytes(tmp.resolve("site/briefing.pdf")));
    }

    @Test
    void everyPageLinksThePdfWithItsSize() throws IOException {
        String size = Math.round(pdf.length / 1024.0) + " KB";
        for (Document page : builtPages()) {
            Element link = page.selectFirst("footer a[href$=briefing.pdf]");
            assertTrue(link != null, "no PDF link in " + page.title());
            assertEquals("Download PDF (" + size + ")", link.text());
            assertFalse(page.outerHtml().contains("\u0005"));
        }
        Document notFound = Jsoup.parse(site.resolve("404.html").toFile());
        assertEquals(BASE + "briefing.pdf", notFound.selectFirst("footer a[href$=briefing.pdf]").attr("href"));
    }

    @Test
    void pageImagesOfTheCoverAndAPageWithNotesAreSavedForReview() throws IOException {
        Path out = Path.of("target", "pdf-review");
        Files.createDirectories(out);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            BufferedImage cover = renderer.renderImageWithDPI(0, 72);
            ImageIO.write(cover, "png", out.resolve("cover.png").toFile());
            assertTrue(darkPixels(cover, 0, cover.getHeight()) > 1000, "the cover is blank");
            int withNotes = -1;
            PDFTextStripper stripper = stripper();
            for (int i = 3; i <= doc.getNumberOfPages() && withNotes < 0; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(doc).contains("About this source")) {
                    withNotes = i - 1;
                }
            }
            assertTrue(withNotes > 0, "no page with notes");
            BufferedImage notes = renderer.renderImageWithDPI(withNotes, 72);
            ImageIO.write(notes, "png", out.resolve("page-with-notes.png").toFile());
            // The notes sit at the foot of the page: ink in the lowest fifth, above the page number.
            int h = notes.getHeight();
            assertTrue(darkPixels(notes, h * 4 / 5, h - h / 20) > 200, "no notes at the foot of page " + (withNotes + 1));
        }
    }

    static int darkPixels(BufferedImage image, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A map for {@link SettledChapters} that counts what it was asked for and given. */
    static final class Kept implements SettledChapters {
        final java.util.Map<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger puts = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public java.util.Optional<String> get(String digest) {
            java.util.Optional<String> known = java.util.Optional.ofNullable(map.get(digest));
            known.ifPresent(k -> hits.incrementAndGet());
            return known;
        }

        @Override
        public void put(String digest, String markup) {
            puts.incrementAndGet();
            map.put(digest, markup);
        }
    }

    static Edition edition(String deploymentExtra) throws IOException {
        List<Edition.Chapter> chapters = new ArrayList<>();
        for (String url : List.of("", "deployment/", "shipments/", "reactions/", "timeline/", "methodology/")) {
            String html = Files.readString(site.resolve(url + "index.html"));
            if (url.equals("deployment/")) {
                html = html.replace("</article>", deploymentExtra + "</article>");
            }
            chapters.add(new Edition.Chapter(Jsoup.parse(html).title(), url, html));
        }
        return new Edition("Briefing", "What is known.", "en", BASE, "", "", Long.parseLong(EPOCH), chapters,
                new Edition.Chapter("Sources", "sources/", Files.readString(site.resolve("sources/index.html"))));
    }

    @Test
    void settledChaptersAreKeptAndAnEditLaysOutItsChapterAloneAndChangesNothingElse() throws Exception {
        Kept kept = new Kept();
        Edition edition = edition("");
        byte[] first = PdfEdition.render(edition, kept);
        assertEquals(7, kept.puts.get(), "every chapter and the bibliography settled and kept");
        assertEquals(0, kept.hits.get());
        assertArrayEquals(PdfEdition.render(edition), first, "keeping chapters changes the file");

        byte[] again = PdfEdition.render(edition, kept);
        assertEquals(7, kept.puts.get(), "a chapter was settled again although it was kept");
        assertEquals(7, kept.hits.get());
        assertArrayEquals(first, again);

        Edition edited = edition("<p>One more sentence, added for the test [<a href=\"#note-1\">1</a>].</p>");
        byte[] after = PdfEdition.render(edited, kept);
        assertEquals(8, kept.puts.get(), "only the edited chapter is settled again");
        assertArrayEquals(PdfEdition.render(edited), after, "the file differs from one made with no chapter kept");
        try (PDDocument doc = Loader.loadPDF(after)) {
            assertTrue(squeeze(stripper().getText(doc)).contains(squeeze("One more sentence, added for the test")));
        }
    }

    @Test
    void widthsKeptForAllOfADocumentsLayoutsGiveTheFileMeasuringEachRunGives() throws Exception {
        Edition edition = edition("<p>Hangul 평양 and Cyrillic Москва, <em>italic</em> and <strong>bold</strong> runs.</p>");
        byte[] measuredOnce = PdfEdition.render(edition, SettledChapters.NONE, true);
        assertArrayEquals(PdfEdition.render(edition, SettledChapters.NONE, false), measuredOnce);
    }

    @Test
    void aCachedBuildAfterAnEditWritesThePdfACleanBuildWrites(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        for (String dir : List.of("content", "templates")) {
            org.briefing.security.TestSite.copyTree(ROOT.resolve(dir), root.resolve(dir));
        }
        Path cache = tmp.resolve("cache");
        BuildOptions cached = new BuildOptions(root, tmp.resolve("cached"), BASE, null, false, true, EPOCH).withPdf(true)
                .withCache(cache);
        assertFalse(new Build().run(cached).hasErrors());
        Path page = root.resolve("content/deployment.md");
        Files.writeString(page, Files.readString(page) + "\nOne more paragraph, added for the test.\n");
        BuildResult edited = new Build().run(cached);
        assertFalse(edited.hasErrors(), edited.diagnostics().toString());
        assertEquals(List.of("content/deployment.md"), edited.rendered(), "only the edited page is rendered again");
        BuildResult clean = new Build().run(new BuildOptions(root, tmp.resolve("clean"), BASE, null, false, true, EPOCH)
                .withPdf(true));
        assertFalse(clean.hasErrors());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("clean/briefing.pdf")),
                Files.readAllBytes(tmp.resolve("cached/briefing.pdf")));

        // Nothing changed: the file kept whole in the cache is written again, the same.
        BuildResult same = new Build().run(cached);
        assertEquals(List.of(), same.rendered());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("clean/briefing.pdf")),
                Files.readAllBytes(tmp.resolve("cached/briefing.pdf")));
        // And the chapters it was settled from stayed in the cache: another edit still gives a clean build's file.
        Files.writeString(page, Files.readString(page) + "\nAnd another, added for the test.\n");
        assertFalse(new Build().run(cached).hasErrors());
        assertFalse(new Build().run(new BuildOptions(root, tmp.resolve("clean2"), BASE, null, false, true, EPOCH)
                .withPdf(true)).hasErrors());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("clean2/briefing.pdf")),
                Files.readAllBytes(tmp.resolve("cached/briefing.pdf")));
    }
}
