package org.briefing.build;

import java.nio.file.Path;

/**
 * What to build: {@code root} holds content/ and templates/; {@code out} receives the site unless
 * {@code write} is false (check). {@code baseUrl}/{@code repoUrl} override site.yaml when not null.
 * {@code sourceDateEpoch} is the SOURCE_DATE_EPOCH value, or null. {@code offline} writes links to
 * folders as links to their index.html, so the site works opened from disk.
 */
public record BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                           String sourceDateEpoch, boolean offline) {

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
}
