package org.briefing.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheme a browser would see, fast paths and slow path alike. */
class UrlPolicyTest {
    @Test
    void schemes() {
        List<String> urls = List.of("https://example.org/a", "http://example.org/", "HTTPS://x", "other.md#top",
                "../a.md", "#top", "", "//cdn.example", "javascript:alert(1)", "jav&#x09;ascript:x", "jav%0Aascript:x",
                "java&#58;x", "java%3Ax", "mailto:a@b", "a/b:c", "https:&#x6A;", " javascript:x", ":x", "data/x.json");
        List<String> expected = Arrays.asList("https", "http", "https", null,
                null, null, null, null, "javascript", "javascript", "javascript",
                "java", "java", "mailto", null, "https", "javascript", "", null);
        assertEquals(expected, urls.stream().map(u -> UrlPolicy.scheme(u).orElse(null)).toList());
    }

    @Test
    void absoluteHttpUrls() {
        List<String> urls = List.of("https://example.org/a", "HTTP://x", "https://", "ftp://x", "example.org",
                "https://a b", "//x");
        assertEquals(List.of(true, true, false, false, false, false, false),
                urls.stream().map(UrlPolicy::isAbsoluteHttp).toList());
    }
}
