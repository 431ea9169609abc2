package org.briefing.build;

import java.nio.file.Path;

/**
 * What to build: {@code root} holds content/ and templates/; {@code out} receives the site unless
 * {@code write} is false (check). {@code baseUrl}/{@code repoUrl} override site.yaml when not null.
 * {@code sourceDateEpoch} is the SOURCE_DATE_EPOCH value, or null.
 */
public record BuildOptions(Path root, Path out, String baseUrl, String repoUrl, boolean drafts, boolean write,
                           String sourceDateEpoch) {

    public static BuildOptions check(Path root) {
        return new BuildOptions(root, root.resolve("site"), null, null, false, false, null);
    }

    public static BuildOptions build(Path root, Path out) {
        return new BuildOptions(root, out, null, null, false, true, null);
    }
}
