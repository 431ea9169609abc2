package org.briefing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole edition as one HTML document for the paged-media renderer: a cover, the contents with
 * page numbers, every page as a chapter in navigation order, the bibliography last, the outline
 * ({@code <bookmarks>}) and the print stylesheet {@code edition.css}.
 */
final class EditionMarkup {
    static final String CONTENTS_ANCHOR = "contents";

    private EditionMarkup() {
    }

    static Document of(Edition edition) {
        List<Edition.Chapter> all = new ArrayList<>(edition.chapters());
        all.add(edition.bibliography());
        Map<String, String> anchors = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            anchors.putIfAbsent(all.get(i).url(), "chapter-" + (i + 1));
        }
        ChapterMarkup chapters = new ChapterMarkup(anchors, edition.baseUrl());

        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element html = doc.selectFirst("html");
        html.attr("lang", edition.language());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(edition.title());
        head.appendElement("meta").attr("name", "subject").attr("content", edition.summary());
        head.appendElement("meta").attr("name", "description").attr("content", edition.summary());
        head.appendElement("style").appendText(stylesheet());
        Element bookmarks = head.appendElement("bookmarks");

        Element body = doc.body();
        cover(body, edition);
        Element toc = body.appendElement("nav").addClass("toc").attr("id", CONTENTS_ANCHOR);
        toc.appendElement("h2").text("Contents");
        Element list = toc.appendElement("ol");
        bookmarks.appendElement("bookmark").attr("name", "Contents").attr("href", "#" + CONTENTS_ANCHOR);
        for (int i = 0; i < all.size(); i++) {
            Edition.Chapter page = all.get(i);
            String anchor = "chapter-" + (i + 1);
            list.appendElement("li").appendElement("a").attr("href", "#" + anchor).text(page.title());
            Element chapter = chapters.chapter(page, anchor);
            if (i == all.size() - 1) {
                chapter.addClass("bibliography-chapter");
            }
            body.appendChild(chapter);
            Element mark = bookmarks.appendElement("bookmark").attr("name", page.title()).attr("href", "#" + anchor);
            for (Element h2 : chapter.select("h2[id]")) {
                if (h2.closest(".footnote") == null && !h2.text().isBlank()) {
                    mark.appendElement("bookmark").attr("name", h2.text()).attr("href", "#" + h2.id());
                }
            }
        }
        return doc;
    }

    private static void cover(Element body, Edition edition) {
        Element cover = body.appendElement("section").addClass("cover");
        cover.appendElement("h1").addClass("cover-title").text(edition.title());
        if (!edition.summary().isBlank()) {
            cover.appendElement("p").addClass("cover-summary").text(edition.summary());
        }
        Element dates = cover.appendElement("dl").addClass("cover-dates");
        if (!edition.asOf().isBlank()) {
            dates.appendElement("dt").text("Information current to");
            dates.appendElement("dd").text(edition.asOf());
        }
        if (!edition.buildDate().isBlank()) {
            dates.appendElement("dt").text("Built");
            dates.appendElement("dd").text(edition.buildDate());
        }
        if (dates.children().isEmpty()) {
            dates.remove();
        }
        if (!edition.baseUrl().isBlank()) {
            Element online = cover.appendElement("p").addClass("cover-online").appendText("Online: ");
            online.appendElement("a").attr("href", edition.baseUrl()).text(edition.baseUrl());
        }
    }

    private static String stylesheet() {
        try (InputStream in = EditionMarkup.class.getResourceAsStream("edition.css")) {
            if (in == null) {
                throw new IllegalStateException("edition.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
