package org.briefing.build;

import java.nio.file.Path;

/**
 * What to build: {@code root} holds content/ and templates/; {@code out} receives the site unless
 * {@code write} is false (check). {@code baseUrl}/{@code repoUrl} override site.yaml when not null.
 * {@code sourceDateEpoch} is the SOURCE_DATE_EPOCH value, or null. {@code pdf} adds
 * {@code briefing.pdf}, the whole briefing in one file, to a build that writes.
 */
public record BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                           String sourceDateEpoch, boolean pdf) {

    /** Without the PDF edition: what check, the preview and most tests want. */
    public BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                        String sourceDateEpoch) {
        this(root, out, baseUrl, repoUrl, drafts, write, sourceDateEpoch, false);
    }

    public static BuildOptions check(Path root) {
        return new BuildOptions(root, root.resolve("site"), null, null, false, false, null);
    }

    public static BuildOptions build(Path root, Path out) {
        return new BuildOptions(root, out, null, null, false, true, null);
    }

    /** Whether this build writes {@code briefing.pdf}: only a build that writes the site. */
    boolean writesPdf() {
        return pdf && write;
    }
}
