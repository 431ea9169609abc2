package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefing.cite.PageNotes;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.diag.Position;
import org.junit.jupiter.api.Test;

/** "Edit this page" opens the page's file on the branch site.yaml names. */
class EditLinkTest {
    private static final Page PAGE = new Page("content/guide/x.md", "guide/x/",
            new FrontMatter("X", "", "", "", false, "", 0, Position.startOf("content/guide/x.md")), "", 4);

    private static Object editUrl(String repo, String branch) {
        SiteConfig site = new SiteConfig("T", "", "en", "", repo, branch);
        PageModel.Shared shared = PageModel.shared(site, "", List.of(PAGE), List.of(), Map.of());
        Map<String, Object> model = PageModel.of(shared, PAGE, "", new PageNotes(), new SiteIndex(List.of(), Map.of()), Map.of());
        return ((Map<?, ?>) model.get("page")).get("edit_url");
    }

    @Test
    void usesTheBranchFromSiteYaml() {
        assertEquals("https://github.com/o/r/edit/release/2025/content/guide/x.md", editUrl("https://github.com/o/r/", "release/2025"));
        assertEquals("https://github.com/o/r/edit/main/content/guide/x.md", editUrl("https://github.com/o/r", "main"));
        assertEquals("", editUrl("", "main"));
    }
}
