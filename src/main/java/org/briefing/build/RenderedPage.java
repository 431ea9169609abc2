package org.briefing.build;

import java.util.List;
import org.briefing.content.Page;

/** One page after rendering: its final HTML and the sources it cites, in note order. */
record RenderedPage(Page page, String html, List<String> cited) {
}
