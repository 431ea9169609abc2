package org.briefing.content;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A Markdown page. {@code path} is root-relative ({@code content/deployment.md}); {@code url} is
 * the site-relative pretty URL ({@code deployment/}, or {@code ""} for the home page);
 * {@code bodyLine} is the file line on which {@code body} starts, so Markdown positions map back.
 *
 * <p>A page whose file did not change since an earlier build may come with its body still on disk
 * ({@link #deferred}): a rebuild after a one-page edit reads the front matter of 10,000 pages from
 * what it remembers and the bodies of only the pages it renders. Equal as a record would be: by
 * every part, the body included.
 */
public final class Page {
    private final String path;
    private final String url;
    private final FrontMatter front;
    private final int bodyLine;
    private Supplier<String> source; // until the body is read; then null
    private volatile String body;

    public Page(String path, String url, FrontMatter front, String body, int bodyLine) {
        this.path = Objects.requireNonNull(path);
        this.url = Objects.requireNonNull(url);
        this.front = Objects.requireNonNull(front);
        this.body = Objects.requireNonNull(body);
        this.bodyLine = bodyLine;
    }

    private Page(String path, String url, FrontMatter front, int bodyLine, Supplier<String> source) {
        this.path = Objects.requireNonNull(path);
        this.url = Objects.requireNonNull(url);
        this.front = Objects.requireNonNull(front);
        this.bodyLine = bodyLine;
        this.source = Objects.requireNonNull(source);
    }

    /**
     * A page whose body {@code source} gives when it is first asked for, once; the source throws
     * {@link ContentChanged} if the file no longer holds the page the rest describes.
     */
    public static Page deferred(String path, String url, FrontMatter front, int bodyLine, Supplier<String> source) {
        return new Page(path, url, front, bodyLine, source);
    }

    public String path() {
        return path;
    }

    public String url() {
        return url;
    }

    public FrontMatter front() {
        return front;
    }

    public int bodyLine() {
        return bodyLine;
    }

    /** The Markdown after the front matter; read from the file now if it was deferred. */
    public String body() {
        String b = body;
        if (b == null) {
            synchronized (this) {
                b = body;
                if (b == null) {
                    b = Objects.requireNonNull(source.get());
                    body = b;
                    source = null;
                }
            }
        }
        return b;
    }

    /** Whether the body is in memory (not deferred, or deferred and read since). */
    public boolean bodyRead() {
        return body != null;
    }

    /** The output file, relative to the output folder. */
    public String outputFile() {
        return url + "index.html";
    }

    /** The relative prefix from this page back to the site root: "./" or "../" repeated. */
    public String root() {
        int depth = (int) url.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Page p && path.equals(p.path) && url.equals(p.url) && front.equals(p.front)
                && bodyLine == p.bodyLine && body().equals(p.body());
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, url, front, body(), bodyLine);
    }

    @Override
    public String toString() {
        return "Page[path=" + path + ", url=" + url + ", front=" + front + ", bodyLine=" + bodyLine + "]";
    }
}
