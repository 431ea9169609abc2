package org.briefing.pdf;

import org.briefing.Hardening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small sites: names in Hangul and Cyrillic, an inline SVG chart, --no-pdf, and check never loading the renderer. */
@Hardening
class PdfSiteTest {

    static Path site(Path root, String pageTemplateExtra) {
        try {
            try (Stream<Path> s = Files.walk(Path.of("templates"))) {
                for (Path p : s.toList()) {
                    Path target = root.resolve(p.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Path page = root.resolve("templates/page.ftlh");
            Files.writeString(page, Files.readString(page).replace("${page.content}", "${page.content}\n" + pageTemplateExtra));
            write(root, "content/site.yaml", "title: Names\ndescription: A test.\nlanguage: en\n");
            write(root, "content/sources.yaml", """
                    - id: s1
                      title: Source one
                      publisher: Publisher
                      date: 2024-10-01
                      kind: news
                    """);
            write(root, "content/index.md", "---\ntitle: Home\nlayout: page\n---\nSee [the names](names.md).\n");
            write(root, "content/names.md", "---\ntitle: Names\n---\nPresident 윤석열 and Володимир Зеленський spoke [@s1].\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path root, String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    @Test
    void hangulAndCyrillicNamesAreSetInTheShippedFonts(@TempDir Path tmp) throws IOException {
        Path root = site(tmp.resolve("root"), "");
        BuildResult r = new Build().run(new BuildOptions(root, root.resolve("site"), null, null, false, true, "0").withPdf(true));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("President 윤석열 and Володимир Зеленський spoke"), text);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    String name = page.getResources().getFont(n).getName();
                    if (!fonts.contains(name.substring(7))) {
                        fonts.add(name.substring(7));
                    }
                }
            }
            assertTrue(fonts.contains("NotoSansKR-Regular"), fonts.toString());
        }
    }

    @Test
    void anInlineSvgChartIsDrawnAsVectorsNotAsAnImage(@TempDir Path tmp) throws IOException {
        Path root = site(tmp.resolve("root"), """
                <figure><svg width="200" height="100" viewBox="0 0 200 100" role="img" aria-label="One bar"><rect x="10" y="10" width="120" height="40" fill="#cc3333"/></svg></figure>
                """);
        BuildResult r = new Build().run(new BuildOptions(root, root.resolve("site"), null, null, false, true, "0").withPdf(true));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/briefing.pdf").toFile())) {
            int images = 0;
            boolean red = false;
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(n);
                    if (x instanceof PDImageXObject) {
                        images++;
                    }
                    if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                        red |= new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1).matches("(?s).*0\\.8 0\\.2 0\\.2 (rg|sc)\\s.*");
                    }
                }
                try (var in = page.getContents()) {
                    red |= new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).matches("(?s).*0\\.8 0\\.2 0\\.2 (rg|sc)\\s.*");
                }
            }
            assertEquals(0, images, "the chart became a bitmap");
            assertTrue(red, "the chart's red bar is not drawn as a filled path");
        }
    }

    @Test
    void noPdfLeavesOutTheFileAndTheLink(@TempDir Path tmp) throws IOException {
        Path root = site(tmp.resolve("root"), "");
        BuildResult r = new Build().run(new BuildOptions(root, root.resolve("site"), null, null, false, true, "0").withPdf(false));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertFalse(Files.exists(root.resolve("site/briefing.pdf")));
        assertFalse(Files.readString(root.resolve("site/names/index.html")).contains("briefing.pdf"));
    }

    @Test
    void checkNeverLoadsThePdfRenderer(@TempDir Path tmp) throws IOException, InterruptedException {
        Path root = site(tmp.resolve("root"), "");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main",
                "check", "--root", root.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("org.briefing.build.Build "), "class loading was not logged");
        List<String> pdfClasses = out.lines()
                .filter(l -> l.contains("org.briefing.pdf.") || l.contains("com.openhtmltopdf") || l.contains("org.apache.pdfbox")
                        || l.contains("org.briefing.build.PdfStep"))
                .toList();
        assertEquals(List.of(), pdfClasses);
    }
}
