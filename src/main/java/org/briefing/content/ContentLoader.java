package org.briefing.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;

/**
 * Phase 1: reads {@code content/} under a root into {@link Content}, every problem a diagnostic.
 * Files are visited in sorted order; symbolic links that leave the root are refused.
 */
public final class ContentLoader {
    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final java.util.regex.Pattern FACT_FILE = java.util.regex.Pattern.compile("content/facts/[^/]+\\.ya?ml");
    private static final java.util.regex.Pattern FACT_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** Top-level names the build writes itself, lower case; a page there would overwrite or collide. */
    private static final List<String> GENERATED = List.of("404.html", "assets", "data", "feed.xml", "robots.txt",
            "sitemap.xml");

    private final YamlReader yaml;
    private final FrontMatterReader frontMatter;
    private final Optional<FactSchemas> schemas;

    public ContentLoader(YamlReader yaml) {
        this(yaml, true);
    }

    private ContentLoader(YamlReader yaml, boolean checkSchemas) {
        this.yaml = yaml;
        this.frontMatter = new FrontMatterReader(yaml);
        this.schemas = checkSchemas ? Optional.of(new FactSchemas()) : Optional.empty();
    }

    /**
     * A loader that reads fact files without checking them against their schemas: for comparing two
     * versions of a briefing by what they say, where a schema error is for {@code check} to report.
     */
    public static ContentLoader withoutSchemas(YamlReader yaml) {
        return new ContentLoader(yaml, false);
    }

    public Content load(Path root, Diagnostics out) {
        return load(root, out, PageMemory.NONE);
    }

    /**
     * Loads with {@code memory} of an earlier build: a page it vouches for is not read; its body is
     * read only if something asks for it ({@link Page#deferred}).
     */
    public Content load(Path root, Diagnostics out, PageMemory memory) {
        Path contentDir = root.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            out.add(Diagnostic.error("content", 1, 1, "no content/ folder under the root"));
            return new Content(new SiteConfig("", "", "en", "", "", "main"), List.of(), List.of(), List.of());
        }
        // The files are looked at (size, time, file key) before any is read: see PageMemory.
        Map<String, java.nio.file.attribute.BasicFileAttributes> looked = new HashMap<>();
        List<String> files = listFiles(root, contentDir, out, looked);

        SiteConfig site = files.contains("content/site.yaml")
                ? readYaml(root, "content/site.yaml", out).map(d -> SiteConfigReader.read(d, out)).orElse(null)
                : null;
        if (site == null) {
            if (!files.contains("content/site.yaml")) {
                out.add(Diagnostic.error("content/site.yaml", 1, 1, "missing content/site.yaml"));
            }
            site = new SiteConfig("", "", "en", "", "", "main");
        }
        List<Source> sources = files.contains("content/sources.yaml")
                ? readYaml(root, "content/sources.yaml", out).map(d -> SourceRegistryReader.read(d, out)).orElse(List.of())
                : List.of();

        List<FactFile> facts = new ArrayList<>();
        List<PageFile> pageFiles = new ArrayList<>();  // in file order
        Map<String, String> urlsSeen = new HashMap<>();
        Map<String, String> factsSeen = new HashMap<>();
        for (String rel : files) {
            if (FACT_FILE.matcher(rel).matches()) {
                String name = rel.substring("content/facts/".length(), rel.lastIndexOf('.'));
                if (!FACT_NAME.matcher(name).matches()) {
                    out.add(Diagnostic.error(Position.startOf(rel), "fact file name '" + name + "' is not usable as data." + name,
                            "use lower-case letters, digits, - and _"));
                    continue;
                }
                String taken = factsSeen.putIfAbsent(name, rel);
                if (taken != null || name.equals("sources")) {
                    out.add(Diagnostic.error(Position.startOf(rel), "fact file name '" + name + "' collides with "
                                    + (taken != null ? taken : "the source registry") + " in data/" + name + ".json",
                            "rename one of them"));
                    continue;
                }
                // Checked against its schema while the YAML tree is at hand, then read into the fact model.
                readYaml(root, rel, out).ifPresent(d -> {
                    schemas.ifPresent(s -> out.addAll(s.validate(root, name, d)));
                    facts.add(FactFile.of(name, d));
                });
            } else if (rel.endsWith(".md")) {
                java.util.Optional<String> usable = urlOf(rel, out);
                if (usable.isEmpty()) {
                    continue;
                }
                String url = usable.get();
                String folded = url.toLowerCase(Locale.ROOT);
                String clash = urlsSeen.putIfAbsent(folded, rel);
                if (clash != null) {
                    out.add(Diagnostic.error(Position.startOf(rel), "page URL '" + url + "' collides with " + clash,
                            "names that differ only in case collide on case-insensitive file systems; rename one"));
                    continue;
                }
                pageFiles.add(new PageFile(rel, url));
            }
        }
        // Reading and front matter are per-file work: done in parallel, kept in file order.
        List<Page> pages = pageFiles.parallelStream()
                .flatMap(f -> page(root, f.rel(), f.url(), looked.get(f.rel()), memory, out).stream())
                .toList();
        return new Content(site, sources, facts, pages);
    }

    /** Reads a page again after its file changed; empty if it is no longer usable (reasons in {@code out}). */
    public java.util.Optional<Page> reload(Path root, Page previous, Diagnostics out) {
        return readPage(root, previous.path(), previous.url(), out);
    }

    private record PageFile(String rel, String url) {
    }

    /** The page at {@code rel}: as {@code memory} has it, else read and, if clean, told to it. */
    private java.util.Optional<Page> page(Path root, String rel, String url, java.nio.file.attribute.BasicFileAttributes file,
                                          PageMemory memory, Diagnostics out) {
        java.util.Optional<PageMemory.Remembered> known = memory.unchanged(rel, file);
        if (known.isPresent()) {
            PageMemory.Remembered r = known.get();
            return java.util.Optional.of(Page.deferred(rel, url, r.front(), r.bodyLine(), () -> {
                // Read as it was the first time; anything else means the file changed since it was looked at.
                Diagnostics again = new Diagnostics();
                java.util.Optional<Page> now = readPage(root, rel, url, again);
                if (now.isEmpty() || !again.sorted().isEmpty() || now.get().bodyLine() != r.bodyLine()
                        || !now.get().front().equals(r.front()) || !r.same().test(now.get())) {
                    throw new ContentChanged(rel);
                }
                return now.get().body();
            }));
        }
        Diagnostics own = new Diagnostics();
        java.util.Optional<Page> read = readPage(root, rel, url, own);
        List<Diagnostic> found = own.sorted();
        if (found.isEmpty()) {
            read.ifPresent(memory::read);
        }
        out.addAll(found);
        return read;
    }

    /** One page file read and split into front matter and body; empty if unusable (reasons in {@code out}). */
    private java.util.Optional<Page> readPage(Path root, String rel, String url, Diagnostics out) {
        TextFile.Read read = TextFile.read(root.resolve(rel), rel);
        if (read instanceof TextFile.Failure f) {
            out.add(f.error());
            return java.util.Optional.empty();
        }
        return frontMatter.read(rel, url, ((TextFile.Text) read).text(), out);
    }

    private java.util.Optional<YamlDocument> readYaml(Path root, String rel, Diagnostics out) {
        TextFile.Read read = TextFile.read(root.resolve(rel), rel);
        if (read instanceof TextFile.Failure f) {
            out.add(f.error());
            return java.util.Optional.empty();
        }
        YamlReader.Result r = yaml.read(rel, ((TextFile.Text) read).text(), 0);
        out.addAll(r.errors());
        return java.util.Optional.ofNullable(r.document());
    }

    /** {@code content/a/b.md} -> {@code a/b/}; {@code content/index.md} -> {@code ""}; empty if unusable. */
    static java.util.Optional<String> urlOf(String rel, Diagnostics out) {
        String inner = rel.substring("content/".length(), rel.length() - ".md".length());
        for (String seg : inner.split("/")) {
            if (!SEGMENT.matcher(seg).matches()) {
                out.add(Diagnostic.error(Position.startOf(rel), "file name '" + seg + "' cannot be a URL",
                        "use letters, digits, '.', '-' and '_' only"));
                return java.util.Optional.empty();
            }
        }
        String url;
        if (inner.equals("index")) {
            url = "";
        } else if (inner.endsWith("/index")) {
            url = inner.substring(0, inner.length() - "index".length());
        } else {
            url = inner + "/";
        }
        String first = url.contains("/") ? url.substring(0, url.indexOf('/')) : url;
        String folded = first.toLowerCase(Locale.ROOT);
        // Compared case-insensitively: on macOS and Windows "Assets/" and "assets/" are one folder.
        if (GENERATED.contains(folded) || folded.equals("sources") && !first.equals("sources")) {
            out.add(Diagnostic.error(Position.startOf(rel), "page URL '" + url + "' is reserved for generated files",
                    "rename the page; " + String.join(", ", GENERATED) + " and sources/ are made by the build"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(url);
    }

    /**
     * Root-relative paths of every regular file under content/, sorted; {@code looked} gets each
     * one's attributes (through a link, its file's). A symbolic link that leaves
     * content/ or points into .git is an error at the link ({@link InputFolder}); so is content/ or
     * templates/ itself being a link out of the root.
     */
    private static List<String> listFiles(Path root, Path contentDir, Diagnostics out,
                                          Map<String, java.nio.file.attribute.BasicFileAttributes> looked) {
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(root.resolve("templates"))) {
            InputFolder.of(root, "templates").refusal().ifPresent(why -> out.add(Diagnostic.error(Position.startOf("templates"),
                    why, "make templates/ a real folder in the repository")));
        }
        InputFolder.Result content = InputFolder.of(root, "content");
        if (content.folder().isEmpty()) {
            out.add(Diagnostic.error(Position.startOf("content"), content.refusal().orElseThrow(),
                    "make content/ a real folder in the repository"));
            return files;
        }
        InputFolder folder = content.folder().get();
        try {
            // Each path looked at once (links not followed): its attributes come with it.
            Files.walkFileTree(contentDir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    if (!dir.equals(contentDir)) {
                        look(dir, a);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                    look(p, a);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    throw e;
                }

                private void look(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                    String rel = relative(root, p);
                    java.util.Optional<String> badName = PortableName.problem(p.getFileName().toString());
                    if (badName.isPresent()) {
                        // Shown with its backslash: relative() would turn it into a folder separator.
                        out.add(Diagnostic.error(Position.startOf(root.relativize(p).toString()), badName.get(), PortableName.hint()));
                        return;
                    }
                    if (a.isSymbolicLink()) {
                        java.util.Optional<String> refusal = folder.refusal(p);
                        if (refusal.isPresent()) {
                            out.add(Diagnostic.error(Position.startOf(rel), refusal.get(), folder.hint()));
                        } else {
                            // A link's own attributes say nothing of its file: that is looked at through it.
                            try {
                                java.nio.file.attribute.BasicFileAttributes target = Files.readAttributes(p,
                                        java.nio.file.attribute.BasicFileAttributes.class);
                                if (target.isRegularFile()) {
                                    files.add(rel);
                                    looked.put(rel, target);
                                }
                            } catch (IOException e) {
                                // A dangling link: not a file.
                            }
                        }
                    } else if (a.isRegularFile()) {
                        files.add(rel);
                        looked.put(rel, a);
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add(Diagnostic.error("content", 1, 1, "cannot list content/: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
