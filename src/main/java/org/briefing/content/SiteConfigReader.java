package org.briefing.content;

import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;

/** Reads {@code content/site.yaml}. */
final class SiteConfigReader {
    private static final Set<String> KEYS = Set.of("title", "description", "language", "base_url", "repo_url", "repo_branch",
            "as_of");
    /** A git branch name as it may appear in a URL path: no spaces, no "..", no leading "-" or "/". */
    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("(?!.*\\.\\.)(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]{0,99}(?<![/.])");

    private SiteConfigReader() {
    }

    static SiteConfig read(YamlDocument doc, Diagnostics out) {
        if (doc.root() == null || !doc.root().isObject()) {
            out.add(Diagnostic.error(doc.valueAt(""), "site.yaml must be a mapping with at least 'title'"));
            return new SiteConfig("", "", "en", "", "", "main");
        }
        YamlFields f = new YamlFields(doc, doc.root(), "", out);
        f.onlyKeys(KEYS);
        String language = f.string("language", false);
        if (!language.isEmpty() && !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            out.add(Diagnostic.error(f.valueAt("language"), "language '" + language + "' is not a language tag",
                    "e.g. en or en-GB"));
            language = "";
        }
        String branch = f.string("repo_branch", false);
        if (!branch.isEmpty() && !BRANCH.matcher(branch).matches()) {
            out.add(Diagnostic.error(f.valueAt("repo_branch"), "repo_branch '" + branch + "' is not a branch name",
                    "e.g. main or gh-pages: letters, digits, '.', '_', '-' and '/'"));
            branch = "";
        }
        return new SiteConfig(f.string("title", true), f.string("description", false),
                language.isEmpty() ? "en" : language, SiteConfig.normalise(f.url("base_url")), f.url("repo_url"),
                branch.isEmpty() ? "main" : branch, f.asOf("as_of"));
    }
}
