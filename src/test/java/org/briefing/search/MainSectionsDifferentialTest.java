package org.briefing.search;

import static org.briefing.search.MainSectionsTest.fast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass cut against jsoup's on every page of the briefing and on random markup: wherever it
 * answers, it must answer as the parsed tree does.
 */
@Hardening
class MainSectionsDifferentialTest {

    @Test
    void everyPageOfTheBriefingIsCutInOnePassAsTheParsedTreeCutsIt(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        assertTrue(new Build().run(new BuildOptions(Path.of("."), site, null, null, false, true, null).withPdf(false))
                .written());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 10, "pages: " + pages.size());
        for (Path page : pages) {
            String html = Files.readString(page);
            Optional<List<PageText.Section>> cut = fast(html);
            // The search page holds a form, which is left to the parser.
            if (!site.relativize(page).toString().replace('\\', '/').equals("search/index.html")) {
                assertTrue(cut.isPresent(), "read in one pass: " + page);
            }
            cut.ifPresent(sections -> assertEquals(PageText.parsed(html), sections, page.toString()));
        }
    }

    private static final String TRICKY = "(tricky from here)";
    // Each list starts with what is common in pages and ends, after TRICKY, with what is rare or wrong.
    private static final List<String> OPEN = List.of("div", "span", "sup", "a href=x", "a role=\"doc-noteref\" href=#n",
            "h2 id=\"s1\"", "h3 id=''", "h4", "h2 id=&amp;x", "section role=\"doc-endnotes\"", "div data-search=\"skip\"",
            "div hidden", "div HIDDEN=''", "ul", "ol", "li", "dl", "dt", "dd", "em", "strong", "pre", "blockquote",
            "figure", "figcaption", "svg viewBox='0 0 1 1'", "g", "text", "DIV", "b id=a id=b", "abbr\ttitle=x",
            "span title=\"a>b\"", "details", "summary", "q", "code",
            TRICKY, "p", "table", "thead", "tbody", "tr", "td", "th", "caption", "colgroup", "form", "template", "button");
    private static final List<String> VOIDS = List.of("br", "br/", "img src=x alt='a&amp;b'", "hr", "rect/", "wbr",
            TRICKY, "col", "input", "p/");
    private static final List<String> TEXT = List.of("Troops ", "1,500", " &amp; ", "&lt;", "&nbsp;", "&#8217;",
            "&#x2014;", "& ", "\n", "  ", "<!-- c -->", "é", "\u00a0", "\u2003", "Kursk", "<script>x<y</script>",
            "<style>p>a{}</style>", TRICKY, "&copy;", "&amp", "&#128;", "a<b", "<!-->", "<!DOCTYPE x>", "<?x?>", "</>");

    /** Mostly an entry before TRICKY, now and then one after it. */
    private static String pick(List<String> list, Random random) {
        int tricky = list.indexOf(TRICKY);
        return random.nextInt(12) == 0 ? list.get(tricky + 1 + random.nextInt(list.size() - tricky - 1))
                : list.get(random.nextInt(tricky));
    }

    @Test
    void randomMarkupIsCutAsTheParsedTreeCutsIt() {
        Random random = new Random(17);
        int read = 0;
        int samples = 20000;
        for (int n = 0; n < samples; n++) {
            StringBuilder body = new StringBuilder();
            Deque<String> open = new ArrayDeque<>();
            int steps = 1 + random.nextInt(25);
            for (int k = 0; k < steps; k++) {
                int what = random.nextInt(10);
                if (what < 3) {
                    String tag = pick(OPEN, random);
                    body.append('<').append(tag).append('>');
                    open.push(tag.split("[ \t]")[0]);
                } else if (what < 5 && !open.isEmpty()) {
                    body.append("</").append(random.nextInt(30) == 0 ? "span" : open.pop()).append('>');
                } else if (what < 6) {
                    body.append('<').append(pick(VOIDS, random)).append('>');
                } else {
                    body.append(pick(TEXT, random));
                }
            }
            while (!open.isEmpty() && random.nextInt(8) != 0) {
                body.append("</").append(open.pop()).append('>');
            }
            String html = "<header>h</header><main>" + body + "</main><footer>f</footer>";
            Optional<List<PageText.Section>> cut = fast(html);
            if (cut.isPresent()) {
                read++;
                assertEquals(PageText.parsed(html), cut.get(), html);
            }
        }
        // The comparison is only worth something if a good share of the samples is read in one pass.
        assertTrue(read > samples / 8, "read in one pass: " + read + " of " + samples);
    }
}
