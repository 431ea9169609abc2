package org.briefing.pdf;

import java.time.Instant;
import java.util.Calendar;

/**
 * The XMP metadata packet: title, description and language (Dublin Core), producer, dates only
 * when SOURCE_DATE_EPOCH gives them, and the PDF/UA identification a checker looks for. Written as
 * text so that nothing in it depends on the clock or on a library's choice of order.
 */
final class Xmp {
    private Xmp() {
    }

    static String of(Edition edition, Calendar date) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(edition.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!edition.summary().isBlank()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(edition.summary()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(edition.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("<pdf:Producer>").append(PdfRenderer.PRODUCER).append("</pdf:Producer>\n")
                .append("<xmp:CreatorTool>").append(PdfRenderer.PRODUCER).append("</xmp:CreatorTool>\n");
        if (date != null) {
            String iso = Instant.ofEpochMilli(date.getTimeInMillis()).toString();
            x.append("<xmp:CreateDate>").append(iso).append("</xmp:CreateDate>\n")
                    .append("<xmp:ModifyDate>").append(iso).append("</xmp:ModifyDate>\n")
                    .append("<xmp:MetadataDate>").append(iso).append("</xmp:MetadataDate>\n");
        }
        x.append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
