package org.briefing.output;

import java.util.Map;
import java.util.Optional;
import org.briefing.diag.Diagnostics;

/**
 * Renders the feed and sitemap templates ({@code feed.ftlx}, {@code sitemap.ftlx}, XML-escaped) with
 * a model; a template that fails is reported to {@code out} and gives empty.
 */
@FunctionalInterface
public interface XmlTemplates {
    Optional<String> render(String file, Map<String, Object> model, Diagnostics out);
}
