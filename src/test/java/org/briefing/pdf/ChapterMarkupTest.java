package org.briefing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a page's links read inside the PDF. */
class ChapterMarkupTest {
    final ChapterMarkup withSite = new ChapterMarkup(
            Map.of("", "chapter-1", "deployment/", "chapter-2", "sources/", "chapter-9"), "https://example.org/b/");
    final ChapterMarkup withoutSite = new ChapterMarkup(Map.of("deployment/", "chapter-2"), "");

    @Test
    void fragmentsStayInTheirChapter() {
        assertEquals("#chapter-2--note-3", withSite.target("#note-3", "deployment/", "chapter-2"));
        assertEquals("#chapter-2", withSite.target("#", "deployment/", "chapter-2"));
    }

    @Test
    void linksToPagesInThePdfJumpToTheirChapterOrAnchor() {
        assertEquals("#chapter-1", withSite.target("../", "deployment/", "chapter-2"));
        assertEquals("#chapter-1", withSite.target("../index.html", "deployment/", "chapter-2"));
        assertEquals("#chapter-2", withSite.target("deployment/", "", "chapter-1"));
        assertEquals("#chapter-9--nis-briefing-2024-10-18",
                withSite.target("../sources/#nis-briefing-2024-10-18", "deployment/", "chapter-2"));
        assertEquals("#chapter-2--troop-figures", withSite.target("deployment/#troop-figures", "", "chapter-1"));
    }

    @Test
    void filesOutsideThePdfLinkToTheSiteOrNowhere() {
        assertEquals("https://example.org/b/data/deployment.json",
                withSite.target("../data/deployment.json", "deployment/", "chapter-2"));
        assertEquals("", withoutSite.target("../data/deployment.json", "deployment/", "chapter-2"));
    }

    @Test
    void webLinksStayAndOtherSchemesAreDropped() {
        assertEquals("https://www.reuters.com/x?a=1#b", withSite.target("https://www.reuters.com/x?a=1#b", "", "chapter-1"));
        assertEquals("mailto:desk@example.org", withSite.target("mailto:desk@example.org", "", "chapter-1"));
        assertEquals("", withSite.target("javascript:alert(1)", "", "chapter-1"));
        assertEquals("", withSite.target("file:///etc/passwd", "", "chapter-1"));
        assertEquals("", withSite.target("http://[broken", "", "chapter-1"));
    }
}
