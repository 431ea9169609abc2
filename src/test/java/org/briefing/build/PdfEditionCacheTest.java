package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.briefing.pdf.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF edition's file kept whole in the build cache, under a digest of the edition (no PDF is laid out here). */
class PdfEditionCacheTest {
    @Test
    void theLastFileIsKeptWithTheChaptersItWasSettledFromAndOnlyForTheSameEdition(@TempDir Path tmp) {
        Set<String> first = new HashSet<>();
        PdfChapters made = new PdfChapters(PageCache.onDisk(tmp), first);
        assertTrue(made.edition("edition 1").isEmpty());
        assertTrue(made.get("chapter 1").isEmpty());
        made.put("chapter 1", "<section class=\"chapter\" id=\"chapter-1\">One</section>");
        made.put("chapter 2", "<section class=\"chapter\" id=\"chapter-2\">Two</section>");
        byte[] pdf = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xff, (byte) 0xc3, '\n', '\r', (byte) 0x80};
        made.keepEdition("edition 1", pdf);

        // The next build, in a new cache object over the same folder, nothing changed.
        Set<String> second = new HashSet<>();
        PageCache cache = PageCache.onDisk(tmp);
        PdfChapters again = new PdfChapters(cache, second);
        assertArrayEquals(pdf, again.edition("edition 1").orElseThrow(), "binary bytes come back as they were");
        assertEquals(first, second, "the file, its list and each chapter it was settled from stay live");
        assertTrue(again.edition("edition 2").isEmpty());

        // That build keeps only what it used: the chapters are still there for the next edit.
        cache.retain(second);
        PdfChapters later = new PdfChapters(PageCache.onDisk(tmp), new HashSet<>());
        assertEquals("<section class=\"chapter\" id=\"chapter-2\">Two</section>", later.get("chapter 2").orElseThrow());
        assertArrayEquals(pdf, later.edition("edition 1").orElseThrow());
    }

    @Test
    void theDigestReadsEverythingTheFileIsMadeOf() {
        Edition base = edition(UnaryOperator.identity());
        String digest = PdfStep.digest(base);
        assertEquals(digest, PdfStep.digest(edition(UnaryOperator.identity())));
        List<Edition> changed = List.of(
                new Edition("T2", "S", "en", "https://e.org/", "1 May", "2 May", 1, base.chapters(), base.bibliography()),
                new Edition("T", "S2", "en", "https://e.org/", "1 May", "2 May", 1, base.chapters(), base.bibliography()),
                new Edition("T", "S", "ko", "https://e.org/", "1 May", "2 May", 1, base.chapters(), base.bibliography()),
                new Edition("T", "S", "en", "https://f.org/", "1 May", "2 May", 1, base.chapters(), base.bibliography()),
                new Edition("T", "S", "en", "https://e.org/", "3 May", "2 May", 1, base.chapters(), base.bibliography()),
                new Edition("T", "S", "en", "https://e.org/", "1 May", "3 May", 1, base.chapters(), base.bibliography()),
                new Edition("T", "S", "en", "https://e.org/", "1 May", "2 May", 2, base.chapters(), base.bibliography()),
                new Edition("T", "S", "en", "https://e.org/", "1 May", "2 May", 1, base.chapters().subList(0, 1), base.bibliography()),
                edition(c -> c.url().equals("a/") ? new Edition.Chapter("A2", c.url(), c.html()) : c),
                edition(c -> c.url().equals("a/") ? new Edition.Chapter(c.title(), "a2/", c.html()) : c),
                edition(c -> c.url().equals("a/") ? new Edition.Chapter(c.title(), c.url(), c.html() + " ") : c),
                edition(c -> c.url().equals("sources/") ? new Edition.Chapter(c.title(), c.url(), "<p>other</p>") : c),
                // The same text cut at another place between title and page.
                edition(c -> c.url().equals("a/") ? new Edition.Chapter("A<p>", c.url(), "a</p>") : c));
        for (Edition e : changed) {
            assertNotEquals(digest, PdfStep.digest(e), e.toString());
        }
    }

    private static Edition edition(UnaryOperator<Edition.Chapter> change) {
        List<Edition.Chapter> chapters = List.of(change.apply(new Edition.Chapter("A", "a/", "<p>a</p>")),
                change.apply(new Edition.Chapter("B", "b/", "<p>b</p>")));
        return new Edition("T", "S", "en", "https://e.org/", "1 May", "2 May", 1, chapters,
                change.apply(new Edition.Chapter("Sources", "sources/", "<p>s</p>")));
    }
}
