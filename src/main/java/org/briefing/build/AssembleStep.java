package org.briefing.build;

import org.briefing.diag.Diagnostics;
import org.briefing.output.Output;

/**
 * One site-wide output made from every finished page (a search index, a feed of another kind...).
 * It runs in the assemble step after the pages, the bibliography and the files around them, writes
 * through {@code out} (which the link check sees) and reports problems to {@code diagnostics}.
 */
@FunctionalInterface
public interface AssembleStep {

    void assemble(AssembledSite site, Output out, Diagnostics diagnostics);
}
