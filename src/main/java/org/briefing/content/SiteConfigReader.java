package org.briefing.content;

import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;

/** Reads {@code content/site.yaml}. */
final class SiteConfigReader {
    private static final Set<String> KEYS = Set.of("title", "description", "language", "base_url", "repo_url", "as_of");

    private SiteConfigReader() {
    }

    static SiteConfig read(YamlDocument doc, Diagnostics out) {
        if (doc.root() == null || !doc.root().isObject()) {
            out.add(Diagnostic.error(doc.valueAt(""), "site.yaml must be a mapping with at least 'title'"));
            return new SiteConfig("", "", "en", "", "");
        }
        YamlFields f = new YamlFields(doc, doc.root(), "", out);
        f.onlyKeys(KEYS);
        String language = f.string("language", false);
        if (!language.isEmpty() && !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            out.add(Diagnostic.error(f.valueAt("language"), "language '" + language + "' is not a language tag",
                    "e.g. en or en-GB"));
            language = "";
        }
        return new SiteConfig(f.string("title", true), f.string("description", false),
                language.isEmpty() ? "en" : language, SiteConfig.normalise(f.url("base_url")), f.url("repo_url"),
                f.asOf("as_of"));
    }
}
