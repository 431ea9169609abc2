package org.briefing.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import org.briefing.output.Digests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Settles the repeated notes of the edition one chapter at a time, each in a document of its own.
 * A chapter starts a new page and no page style depends on its number, so where its markers and
 * notes fall depends on that chapter alone: settled alone it gets the copies the whole edition
 * would give it, in layouts of one chapter instead of the whole book. A chapter settled before,
 * under the digest of its markup, the stylesheet and the layout bound, is taken from the kept
 * ones instead of being laid out again.
 */
final class ChapterSettling {
    private ChapterSettling() {
    }

    /** Lays out {@code alone} until its notes need no change (or as often as allowed). */
    interface Layouts {
        void settle(Document alone) throws IOException;
    }

    static void settle(Document html, SettledChapters kept, int maxLayouts, Layouts layouts) throws IOException {
        String context = html.selectFirst("html").attributes().html() + "\u0000" + html.head().select("style").outerHtml()
                + "\u0000" + maxLayouts + "\u0000";
        // A plain list: removing from jsoup's Elements would change the document too.
        for (Element chapter : new ArrayList<>(html.body().children().select("section.chapter"))) {
            String digest = Digests.sha256((context + chapter.outerHtml()).getBytes(StandardCharsets.UTF_8));
            Optional<Element> known = kept.get(digest).flatMap(markup -> parsed(markup, chapter.id()));
            if (known.isPresent()) {
                chapter.replaceWith(known.get());
                continue;
            }
            Document alone = alone(html, chapter);
            layouts.settle(alone);
            Element settled = alone.body().child(0);
            kept.put(digest, settled.outerHtml());
            chapter.replaceWith(settled);
        }
    }

    /** A document of the edition's head (its outline left out) and a copy of {@code chapter}. */
    private static Document alone(Document html, Element chapter) {
        Document one = Document.createShell("");
        one.outputSettings().prettyPrint(false);
        html.selectFirst("html").attributes().forEach(a -> one.selectFirst("html").attr(a.getKey(), a.getValue()));
        for (Element e : html.head().children()) {
            if (!e.normalName().equals("bookmarks")) {
                one.head().appendChild(e.clone());
            }
        }
        one.body().appendChild(chapter.clone());
        return one;
    }

    /** A kept chapter read back, if it is one section with the chapter's id. */
    private static Optional<Element> parsed(String markup, String id) {
        Document doc = Jsoup.parseBodyFragment(markup);
        if (doc.body().childNodeSize() != 1 || doc.body().childrenSize() != 1) {
            return Optional.empty();
        }
        Element chapter = doc.body().child(0);
        if (!chapter.normalName().equals("section") || !chapter.hasClass("chapter") || !chapter.id().equals(id)) {
            return Optional.empty();
        }
        chapter.remove();
        return Optional.of(chapter);
    }
}
