package org.briefing.content;

/**
 * A Markdown page. {@code path} is root-relative ({@code content/deployment.md}); {@code url} is
 * the site-relative pretty URL ({@code deployment/}, or {@code ""} for the home page);
 * {@code bodyLine} is the file line on which {@code body} starts, so Markdown positions map back.
 */
public record Page(String path, String url, FrontMatter front, String body, int bodyLine) {

    /** The output file, relative to the output folder. */
    public String outputFile() {
        return url + "index.html";
    }

    /** The relative prefix from this page back to the site root: "./" or "../" repeated. */
    public String root() {
        int depth = (int) url.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
