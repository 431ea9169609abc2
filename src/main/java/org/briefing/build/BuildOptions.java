package org.briefing.build;

import java.nio.file.Path;
import java.util.Optional;
import org.briefing.content.SiteConfig;

/**
 * What to build: {@code root} holds content/ and templates/; {@code out} receives the site unless
 * {@code write} is false (check). {@code baseUrl}/{@code repoUrl} override site.yaml when not null.
 * {@code sourceDateEpoch} is the SOURCE_DATE_EPOCH value, or null. {@code cache} is the folder of
 * the persistent build cache, or empty for none. {@code pdf} adds {@code briefing.pdf}, the whole
 * briefing in one file, to a build that writes. {@code offline} writes links to folders as links to
 * their index.html, so the site works opened from disk.
 */
public record BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                           String sourceDateEpoch, Optional<Path> cache, boolean pdf, boolean offline) {

    /** The default cache folder under a root. */
    public static final String DEFAULT_CACHE = "target/briefing-cache";

    public BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                        String sourceDateEpoch) {
        this(root, out, baseUrl, repoUrl, drafts, write, sourceDateEpoch, Optional.empty(), false, false);
    }

    public BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                        String sourceDateEpoch, Optional<Path> cache, boolean pdf) {
        this(root, out, baseUrl, repoUrl, drafts, write, sourceDateEpoch, cache, pdf, false);
    }

    public static BuildOptions check(Path root) {
        return new BuildOptions(root, root.resolve("site"), null, null, false, false, null);
    }

    public static BuildOptions build(Path root, Path out) {
        return new BuildOptions(root, out, null, null, false, true, null);
    }

    /** The same options with the persistent cache in {@code dir}. */
    public BuildOptions withCache(Path dir) {
        return new BuildOptions(root, out, baseUrl, repoUrl, drafts, write, sourceDateEpoch, Optional.of(dir), pdf, offline);
    }

    /** The same options with or without the PDF edition. */
    public BuildOptions withPdf(boolean on) {
        return new BuildOptions(root, out, baseUrl, repoUrl, drafts, write, sourceDateEpoch, cache, on, offline);
    }

    /** The same options writing links for a site opened from disk. */
    public BuildOptions withOffline(boolean on) {
        return new BuildOptions(root, out, baseUrl, repoUrl, drafts, write, sourceDateEpoch, cache, pdf, on);
    }

    /** Whether this build writes {@code briefing.pdf}: only a build that writes the site. */
    boolean writesPdf() {
        return pdf && write;
    }

    /** The site settings as these options override them. */
    SiteConfig apply(SiteConfig site) {
        SiteConfig s = site;
        if (baseUrl != null) {
            s = s.withBaseUrl(baseUrl);
        }
        if (repoUrl != null) {
            s = s.withRepoUrl(repoUrl);
        }
        return s;
    }

    /**
     * Every option that can change a rendered page (besides the site settings it overrides), for the
     * cache key: an option added here must be added there too.
     */
    String renderInputs() {
        return "drafts=" + drafts + ",pdf=" + writesPdf() + ",offline=" + offline; // pages link the PDF only when there is one
    }

    /** SOURCE_DATE_EPOCH as an ISO date, or "" when unset, so no wall-clock time reaches the output. */
    String buildDate() {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return "";
        }
        try {
            return java.time.Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).toString().substring(0, 10);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
