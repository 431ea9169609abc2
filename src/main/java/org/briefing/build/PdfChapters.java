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
 * edit only that page's chapter is laid out again before the whole edition. Keys carry the cache
 * secret and the generator fingerprint as page keys do, so an entry planted in the cache folder
 * is never read and one made by other code never reused. The keys it looks up or keeps go into
 * {@code keys}, so the cache keeps those entries with the pages'.
 */
final class PdfChapters implements SettledChapters {
    private static final String FILE = PdfStep.FILE;

    private final PageCache cache;
    private final Set<String> keys;

    PdfChapters(PageCache cache, Set<String> keys) {
        this.cache = cache;
        this.keys = keys;
    }

    @Override
    public Optional<String> get(String digest) {
        String key = key(digest);
        keys.add(key);
        return cache.html(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void put(String digest, String markup) {
        String key = key(digest);
        keys.add(key);
        cache.put(key, new PageResult(FILE, FILE, markup.getBytes(StandardCharsets.UTF_8), List.of(), List.of(), Set.of(),
                Set.of(), List.of(), Map.of(), Map.of(), SearchDocs.NONE, null));
    }

    private static String key(String digest) {
        return new PageKeys.Hasher().add("secret", CacheSecret.value()).add("generator", Generator.fingerprint())
                .add("settled pdf chapter", digest).hex();
    }
}
