package org.briefing.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.pdf.SettledChapters;
import org.briefing.search.SearchDocs;

/**
 * The PDF edition's settled chapters, kept in the build cache beside the pages: after a one-page
 * edit only that page's chapter is laid out again before the whole edition. The last file made is
 * kept too, under a digest of the whole edition, so a build whose edition did not change writes
 * it again without laying anything out. Keys carry the cache
 * secret and the generator fingerprint as page keys do, so an entry planted in the cache folder
 * is never read and one made by other code never reused. The keys it looks up or keeps go into
 * {@code keys}, so the cache keeps those entries with the pages'.
 */
final class PdfChapters implements SettledChapters {
    private static final String FILE = PdfStep.FILE;

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final PageCache cache;
    private final Set<String> keys;
    /** The chapters' keys this build looked up or kept, in order: kept with the file they made. */
    private final Set<String> chapters = new java.util.LinkedHashSet<>();

    PdfChapters(PageCache cache, Set<String> keys) {
        this.cache = cache;
        this.keys = keys;
    }

    @Override
    public Optional<String> get(String digest) {
        String key = key(digest);
        keys.add(key);
        chapters.add(key);
        return cache.html(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void put(String digest, String markup) {
        String key = key(digest);
        keys.add(key);
        chapters.add(key);
        keep(key, markup.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file made last from an edition with this digest, if the cache holds it and the list of
     * the chapters it was settled from (which stay in the cache with it, for the next edit).
     */
    Optional<byte[]> edition(String digest) {
        String file = key("pdf edition", digest);
        String settled = key("pdf edition chapters", digest);
        Optional<byte[]> pdf = cache.html(file);
        Optional<byte[]> list = cache.html(settled);
        if (pdf.isEmpty() || list.isEmpty()) {
            return Optional.empty();
        }
        keys.add(file);
        keys.add(settled);
        for (String key : new String(list.get(), StandardCharsets.UTF_8).split("\n")) {
            if (KEY.matcher(key).matches()) {
                keys.add(key);
            }
        }
        return pdf;
    }

    /** Keeps the file made from an edition with this digest, with the chapters this build settled it from. */
    void keepEdition(String digest, byte[] pdf) {
        String file = key("pdf edition", digest);
        String settled = key("pdf edition chapters", digest);
        keys.add(file);
        keys.add(settled);
        keep(file, pdf);
        keep(settled, String.join("\n", chapters).getBytes(StandardCharsets.UTF_8));
    }

    private void keep(String key, byte[] bytes) {
        cache.put(key, new PageResult(FILE, FILE, bytes, List.of(), List.of(), Set.of(),
                Set.of(), List.of(), Map.of(), Map.of(), SearchDocs.NONE, null));
    }

    private static String key(String digest) {
        return key("settled pdf chapter", digest);
    }

    private static String key(String kind, String digest) {
        return new PageKeys.Hasher().add("secret", CacheSecret.value()).add("generator", Generator.fingerprint())
                .add(kind, digest).hex();
    }
}
