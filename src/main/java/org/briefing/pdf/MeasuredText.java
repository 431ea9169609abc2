package org.briefing.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * openhtmltopdf's text renderer, measuring each short run once a document: the widths come from
 * {@link TextWidths}, shared by all the document's layouts. It must stay a {@link PdfBoxTextRenderer}:
 * the PDF renderer sets it up through that class.
 */
final class MeasuredText extends PdfBoxTextRenderer {
    private final TextWidths widths;
    /** This layout's fonts (each size of each font list is one object here) to their widths. */
    private final Map<FSFont, Map<String, Integer>> byFont = new IdentityHashMap<>();

    MeasuredText(TextWidths widths) {
        this.widths = widths;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (string.length() > TextWidths.LONGEST_KEPT || !(font instanceof PdfBoxFSFont)) {
            return super.getWidth(context, font, string);
        }
        Map<String, Integer> known = byFont.computeIfAbsent(font,
                f -> widths.of(((PdfBoxFSFont) f).getFontDescriptions(), ((PdfBoxFSFont) f).getSize2D()));
        Integer width = known.get(string);
        if (width == null) {
            width = super.getWidth(context, font, string);
            known.put(string, width);
        }
        return width;
    }
}
