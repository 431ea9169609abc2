package org.briefing.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The widths of text runs measured in one PDF document, by font and size, for all its layouts. A
 * layout measures each word several times while it breaks lines, and the edition is laid out
 * once a chapter settles and once whole: PDFBox's measure encodes the run and decodes it again
 * through the font's cmap each time, and that was a third of the PDF's time. A width depends only
 * on the font, the size and the text, and a document's fonts are the same in every layout (each
 * family, weight and style is one loaded font of the document), so a width kept here is the one a
 * new measure would give.
 */
final class TextWidths {
    /** Runs longer than this are measured each time: they are rarely measured twice. */
    static final int LONGEST_KEPT = 48;

    private final Map<Font, Map<String, Integer>> byFont = new HashMap<>();

    /** The widths kept for text in {@code fonts} (tried in order) at {@code size}. */
    Map<String, Integer> of(List<FontDescription> fonts, float size) {
        List<Object> faces = new ArrayList<>(fonts.size() * 3);
        for (FontDescription f : fonts) {
            faces.add(f.getFamily());
            faces.add(f.getWeight());
            IdentValue style = f.getStyle();
            faces.add(style == null ? "" : style.toString());
        }
        return byFont.computeIfAbsent(new Font(faces, Float.floatToIntBits(size)), k -> new HashMap<>());
    }

    private record Font(List<Object> faces, int sizeBits) {
    }
}
