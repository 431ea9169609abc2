package org.briefing.render;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Set;
import org.briefing.content.Page;
import org.briefing.diag.LineIndex;

/** A page's Markdown parsed once, with the ids its headings will get (for anchor checks). */
public record ParsedPage(Page page, Document document, Set<String> anchors, LineIndex lines) {
}
