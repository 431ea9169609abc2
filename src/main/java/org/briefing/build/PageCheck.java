package org.briefing.build;

import java.util.List;
import org.briefing.content.Content;
import org.briefing.diag.Diagnostic;
import org.briefing.render.ParsedPage;

/**
 * A check of one page, run by the per-page step after the page is parsed and before it is
 * rendered: it gets the parsed page and the loaded site and returns what it found. Checks must be
 * pure functions of those two, as their findings are cached with the page's result. To add one,
 * implement this and list it in {@link Build#CHECKS}.
 */
@FunctionalInterface
public interface PageCheck {

    List<Diagnostic> check(ParsedPage page, Content site);
}
