package org.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The post-build link check sees links however a template quotes them. */
class LinkScanTest {

    @Test
    void singleQuotedAndUnquotedLinksAreChecked(@TempDir Path root) {
        LinkScan scan = new LinkScan(Output.NONE);
        scan.writePage("index.html", "<a href='gone/'>x</a> <a href=about/#top>y</a> <a href=about/#nowhere>z</a>",
                "templates/home.ftlh");
        scan.writePage("about/index.html", "<h2 id=top>Top</h2><a href='../'>home</a>", "content/about.md");
        assertEquals(List.of(
                "templates/home.ftlh:1:1: error: link 'gone/' leads to a missing file (in the built index.html)\n"
                        + "  hint: links in templates must be relative: use ${root} or rel(...)",
                "templates/home.ftlh:1:1: error: link 'about/#nowhere' leads to a missing anchor (in the built index.html)\n"
                        + "  hint: links in templates must be relative: use ${root} or rel(...)"),
                scan.check(root).stream().map(Diagnostic::toText).toList());
    }
}
