package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.briefing.Hardening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown that would overflow flexmark's stack or drive its inline parser quadratic ends in one
 * error at the page, in seconds, instead of a crash or a build that runs for minutes.
 */
@Hardening
class MarkdownBoundsTest {
    private static final Duration FAST = Duration.ofSeconds(15);
    private static final String HEAD = "---\ntitle: T\nlayout: page\n---\n";

    @TempDir
    java.nio.file.Path tmp;

    private String check(String body) {
        TestSite site = TestSite.in(tmp).file("content/index.md", HEAD + body);
        return TestSite.errors(assertTimeoutPreemptively(FAST, site::check));
    }

    @Test
    void sixteenThousandNestedBlockQuotesAreOneError() {
        assertEquals("content/index.md:5:1: error: the Markdown is nested too deeply to render",
                check("> ".repeat(16_000) + "deep\n"));
    }

    @Test
    void sixteenThousandNestedListsAreOneError() {
        assertEquals("content/index.md:5:1: error: the Markdown is nested too deeply to render",
                check("- ".repeat(16_000) + "deep\n"));
    }

    @Test
    void aFloodOfReferenceDefinitionsInOneBlockIsOneError() {
        String flood = IntStream.range(0, 20_000).mapToObj(i -> "[r" + i + "]: u" + i + ".html")
                .collect(Collectors.joining("\n"));
        assertEquals("content/index.md:7:1: error: block of text longer than 32768 characters without a blank line",
                check("Intro.\n\n" + flood + "\n"));
    }

    @Test
    void unmatchedBackticksAndBracketsInOneBlockAreOneError() {
        assertEquals("content/index.md:5:1: error: block of text longer than 32768 characters without a blank line",
                check("`a ".repeat(10_000) + "[a](".repeat(10_000) + "\n"));
    }

    @Test
    void longProseSplitIntoParagraphsIsFine() {
        String paragraph = "A sentence citing nothing in particular, long enough to matter. ".repeat(400);
        assertEquals("", check((paragraph + "\n\n").repeat(20)));
    }
}
