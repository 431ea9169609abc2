package org.briefing.content;

/**
 * {@code content/site.yaml}. {@code baseUrl} is absolute and ends with a slash, or is empty when
 * unknown (then feed, sitemap and canonical links are left out); {@code repoUrl} likewise.
 * {@code repoBranch} is the branch "edit this page" links open (default {@code main}). {@code asOf}
 * is the date the briefing's information is current to ({@code YYYY-MM-DD} or {@code YYYY-MM}), or
 * empty.
 */
public record SiteConfig(String title, String description, String language, String baseUrl, String repoUrl,
                         String repoBranch, String asOf) {

    /** A site without an information date. */
    public SiteConfig(String title, String description, String language, String baseUrl, String repoUrl,
                      String repoBranch) {
        this(title, description, language, baseUrl, repoUrl, repoBranch, "");
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, normalise(url), repoUrl, repoBranch, asOf);
    }

    public SiteConfig withRepoUrl(String url) {
        return new SiteConfig(title, description, language, baseUrl, url == null ? "" : url.strip(), repoBranch, asOf);
    }

    /** Adds the trailing slash a base URL needs to have relative paths appended. */
    static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }
}
