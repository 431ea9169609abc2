package org.briefing.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.briefing.content.Content;
import org.briefing.content.FactFile;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.Source;

/**
 * The explicit inputs of a page's result, as hashes. A page's key covers what every page may read:
 * the generator, the site settings and options, every template, the fact files, the list of pages
 * with their front matter (navigation), the source ids; then the page's own file. What a page reads
 * only when its content asks (the anchors of a page it links to with a fragment, the fields of a
 * source it cites) is recorded in its result as digests and compared on reuse ({@link #stillValid}).
 */
final class PageKeys {
    private final String shared;
    private final Map<String, Source> sources;
    private final PageDigests digests;
    private final Map<String, String> sourceDigests = new java.util.concurrent.ConcurrentHashMap<>();

    private PageKeys(String shared, Map<String, Source> sources, PageDigests digests) {
        this.shared = shared;
        this.sources = sources;
        this.digests = digests;
    }

    /** The site-wide part of every key. */
    static PageKeys of(String generator, BuildOptions options, SiteConfig site, String buildDate, Content content,
                       List<Page> pages, Path templates, PageDigests digests) {
        Hasher h = new Hasher();
        h.add("secret", CacheSecret.value()); // so that no one without it can name a cache entry
        h.add("generator", generator);
        h.add("site", site.toString());
        h.add("options", options.renderInputs() + "|" + buildDate);
        templateFiles(templates).forEach((name, bytes) -> h.add("template " + name, bytes));
        for (FactFile f : content.facts()) {
            h.add("fact " + f.name(), f.json());
        }
        for (Page p : pages) {
            h.add("page " + p.path(), p.url() + "|" + p.front());
        }
        content.sources().stream().map(Source::id).sorted().forEach(id -> h.add("source id", id));
        Map<String, Source> byId = new java.util.HashMap<>();
        content.sources().forEach(s -> byId.put(s.id(), s));
        return new PageKeys(h.hex(), byId, digests);
    }

    /** The key of one page's result. */
    String key(Page page) {
        Hasher h = new Hasher();
        return new Hasher().add("shared", shared).add("page", digests.of(page)).hex();
    }

    /**
     * The digest of what a note reads of a source and of the works it was read in ("As reported
     * in ..."); "" for an unknown id. Worked out once per source.
     */
    String sourceDigest(String id) {
        return sourceDigests.computeIfAbsent(id, k -> {
            Source s = sources.get(k);
            if (s == null) {
                return "";
            }
            Hasher h = new Hasher().add("source", s.toString());
            s.chain(sources).forEach(read -> h.add("via", read.toString()));
            return h.hex();
        });
    }

    /** The digest of a page's heading ids, as a link with a fragment reads them. */
    static String anchorDigest(Set<String> anchors) {
        Hasher h = new Hasher();
        new TreeSet<>(anchors).forEach(a -> h.add("anchor", a));
        return h.hex();
    }

    /**
     * Whether a cached result still holds: every source it cites and every page whose anchors it
     * checked reads as it did. {@code anchorsOf} answers the anchors of a page by path, null if gone.
     */
    boolean stillValid(PageResult r, java.util.function.Function<String, Set<String>> anchorsOf) {
        for (var e : r.sourceDeps().entrySet()) {
            if (!sourceDigest(e.getKey()).equals(e.getValue())) {
                return false;
            }
        }
        for (var e : r.anchorDeps().entrySet()) {
            Set<String> now = anchorsOf.apply(e.getKey());
            if (now == null || !anchorDigest(now).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Every template file by its name under templates/, assets excepted (they are copied, not rendered). */
    private static Map<String, byte[]> templateFiles(Path dir) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("assets/")) {
                    out.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            out.put("(unreadable)", Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** SHA-256 over length-prefixed, labelled parts, so no two different inputs run together. */
    static final class Hasher {
        private final MessageDigest digest;

        Hasher() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        Hasher add(String label, String value) {
            return add(label, value.getBytes(StandardCharsets.UTF_8));
        }

        Hasher add(String label, byte[] value) {
            byte[] l = label.getBytes(StandardCharsets.UTF_8);
            digest.update(java.nio.ByteBuffer.allocate(8).putInt(l.length).putInt(value.length).array());
            digest.update(l);
            digest.update(value);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
