package org.briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.briefing.Hardening;
import org.briefing.output.HeldOutput;
import org.junit.jupiter.api.Test;

/**
 * The index made from the last one's state must be the index made from nothing, byte for byte,
 * after any edit; and after an edit of one page's words it must make only a few files.
 */
class IncrementalIndexTest {
    private static final String CONTEXT = "test generator";
    /** Term files cut small, so a few pages make many of them. */
    private static final int MIN = 300;
    private static final int MAX = 900;
    private static final String[] WORDS = ("troops shells artillery missiles brigade region front ministry report "
            + "statement officials soldiers deployment exercise border treaty sanctions talks envoy summit "
            + "satellite launch supply convoy rail port depot estimate claim denial").split(" ");

    /** A page as the test keeps it: sections of words, a title, and whether it failed. */
    private record FakePage(String url, String title, List<List<String>> sections, boolean failed, int version) {
        SearchDocs docs() {
            List<PageText.Section> s = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                s.add(new PageText.Section(i == 0 ? "" : "s" + i, i == 0 ? "" : "Section " + i, String.join(" ", sections.get(i))));
            }
            return SearchDocs.of(title, s);
        }

        String id() {
            return "v" + version + ":" + url;
        }
    }

    /** Random edits, so with the slow tests in {@code mvn verify}; the tests below run in every build. */
    @Test
    @Hardening
    void everyEditMakesTheIndexAFreshBuildMakes() {
        Random random = new Random(17);
        List<FakePage> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(randomPage(random, "p" + i + "/", i));
        }
        Map<String, SearchDocs> recallable = new HashMap<>();
        HeldOutput last = null;
        Optional<IndexState> state = Optional.empty();
        int version = 100;
        for (int step = 0; step < 120; step++) {
            String edit = edit(random, pages, ++version);
            HeldOutput site = new HeldOutput(last);
            IndexState made = SearchIndex.write(entries(pages), state, recall(recallable), site, MIN, MAX);
            HeldOutput fresh = new HeldOutput(null);
            SearchIndex.write(entries(pages), Optional.empty(), SearchIndex.Recall.NONE, fresh, MIN, MAX);
            assertEquals(fresh.text(), site.text(), "after step " + step + ": " + edit);
            // What a later build reads back: the bytes, not this object.
            state = IndexState.of(made.bytes(CONTEXT), CONTEXT);
            assertTrue(state.isPresent(), "the state reads back");
            recallable.clear();
            pages.forEach(p -> recallable.put(p.url() + " " + p.id(), p.docs()));
            last = site;
        }
    }

    @Test
    void aOneWordEditMakesOnlyThatPagesFileAndTheTermFilesOfItsWords() {
        Random random = new Random(5);
        List<FakePage> pages = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pages.add(randomPage(random, "p" + i + "/", i));
        }
        Map<String, SearchDocs> recallable = new HashMap<>();
        pages.forEach(p -> recallable.put(p.url() + " " + p.id(), p.docs()));
        HeldOutput first = new HeldOutput(null);
        IndexState state = SearchIndex.write(entries(pages), Optional.empty(), SearchIndex.Recall.NONE, first, MIN, MAX);
        long termFiles = first.files.keySet().stream().filter(f -> f.startsWith("search/terms-")).count();
        assertTrue(termFiles >= 20, "enough term files to tell: " + termFiles);

        FakePage p = pages.get(150);
        List<List<String>> sections = new ArrayList<>(p.sections());
        List<String> words = new ArrayList<>(sections.get(0));
        words.set(3, "zeppelin");
        sections.set(0, words);
        pages.set(150, new FakePage(p.url(), p.title(), sections, false, p.version() + 1));
        HeldOutput second = new HeldOutput(first);
        SearchIndex.write(entries(pages), Optional.of(state), recall(recallable), second, MIN, MAX);

        List<String> made = second.made.stream().filter(f -> !f.equals("search/index.js") && !f.equals(SearchIndex.SCRIPT)).toList();
        assertTrue(made.contains("search/pages-150.js"), made.toString());
        // The page's own file, the term file that gains "zeppelin" and the one that loses the word it replaced
        // (if that word is left nowhere else on the page), at most.
        assertTrue(made.size() <= 3, "made " + made);
        HeldOutput fresh = new HeldOutput(null);
        SearchIndex.write(entries(pages), Optional.empty(), SearchIndex.Recall.NONE, fresh, MIN, MAX);
        assertEquals(fresh.text(), second.text());
    }

    @Test
    void aDamagedStateIsNotUsed() {
        Random random = new Random(3);
        List<FakePage> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(randomPage(random, "p" + i + "/", i));
        }
        IndexState state = SearchIndex.write(entries(pages), Optional.empty(), SearchIndex.Recall.NONE, new HeldOutput(null), MIN, MAX);
        // A triple naming a page the state does not hold, under an intact CRC.
        byte[][] postings = state.postings.clone();
        int k = 0;
        postings[k] = Posting.of(new int[] {99}, new int[] {0}, new int[] {1}, 1);
        int[] counts = state.counts.clone();
        counts[k] = 1;
        IndexState damaged = IndexState.of(new IndexState(state.pages, state.terms, counts, state.entryLengths, postings,
                state.shards, state.pivot).bytes(CONTEXT), CONTEXT).orElseThrow();
        FakePage p = pages.get(4);
        pages.set(4, new FakePage(p.url(), "Another title", p.sections(), false, p.version() + 1));
        Map<String, SearchDocs> recallable = new HashMap<>();
        recallable.put(p.url() + " " + p.id(), p.docs());

        HeldOutput site = new HeldOutput(null);
        SearchIndex.write(entries(pages), Optional.of(damaged), recall(recallable), site, MIN, MAX);
        HeldOutput fresh = new HeldOutput(null);
        SearchIndex.write(entries(pages), Optional.empty(), SearchIndex.Recall.NONE, fresh, MIN, MAX);
        assertEquals(fresh.text(), site.text());
    }

    @Test
    void aStateFromAnotherContextOrWithABadCrcReadsAsNone() {
        IndexState state = SearchIndex.write(entries(List.of(randomPage(new Random(1), "a/", 0))), Optional.empty(),
                SearchIndex.Recall.NONE, new HeldOutput(null));
        byte[] bytes = state.bytes(CONTEXT);
        assertTrue(IndexState.of(bytes, CONTEXT).isPresent());
        assertTrue(IndexState.of(bytes, "another generator").isEmpty());
        bytes[bytes.length / 2] ^= 1;
        assertTrue(IndexState.of(bytes, CONTEXT).isEmpty());
        assertTrue(IndexState.of(new byte[3], CONTEXT).isEmpty());
    }

    private static FakePage randomPage(Random random, String url, int version) {
        List<List<String>> sections = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int s = 0; s < n; s++) {
            List<String> words = new ArrayList<>();
            // Now and then a section longer than a part, so a page has sections in parts.
            int length = random.nextInt(10) == 0 ? 500 : 5 + random.nextInt(60);
            for (int w = 0; w < length; w++) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            sections.add(words);
        }
        return new FakePage(url, "Page " + url, sections, false, version);
    }

    /** One random edit of {@code pages}; what it was, for a failure's message. */
    private static String edit(Random random, List<FakePage> pages, int version) {
        int i = random.nextInt(pages.size());
        FakePage p = pages.get(i);
        List<List<String>> sections = new ArrayList<>();
        p.sections().forEach(s -> sections.add(new ArrayList<>(s)));
        List<String> words = sections.get(random.nextInt(sections.size()));
        int kind = random.nextInt(12);
        switch (kind) {
            case 0, 1, 2 -> words.set(random.nextInt(words.size()), WORDS[random.nextInt(WORDS.length)]);
            case 3 -> words.add("term" + random.nextInt(40)); // a new term, or an old one back
            case 4 -> {
                String gone = words.get(0);
                sections.forEach(s -> s.removeIf(gone::equals));
                sections.forEach(s -> {
                    if (s.isEmpty()) {
                        s.add("placeholder");
                    }
                });
            }
            case 5 -> words.addAll(List.of("convoy", "convoy", "rail", "estimate"));
            case 6 -> {
                pages.set(i, new FakePage(p.url(), p.title() + " revised", sections, p.failed(), version));
                return "title of " + p.url();
            }
            case 7 -> {
                pages.set(i, new FakePage(p.url(), p.title(), sections, !p.failed(), version));
                return (p.failed() ? "unfailed " : "failed ") + p.url();
            }
            case 8 -> {
                pages.add(randomPage(random, "new" + version + "/", version));
                return "added a page";
            }
            case 9 -> {
                if (pages.size() > 5) {
                    pages.remove(i);
                    return "removed " + p.url();
                }
                return "nothing";
            }
            case 10 -> {
                int j = random.nextInt(pages.size());
                pages.set(i, pages.get(j));
                pages.set(j, p);
                return "swapped " + i + " and " + j;
            }
            default -> {
                // The same page again under a new id: the same terms, taken in anew.
            }
        }
        pages.set(i, new FakePage(p.url(), p.title(), sections, p.failed(), version));
        return "edit " + kind + " of " + p.url();
    }

    private static List<Optional<SearchIndex.Entry>> entries(List<FakePage> pages) {
        List<Optional<SearchIndex.Entry>> out = new ArrayList<>();
        for (FakePage p : pages) {
            // The source names the page; the recall answers only for the id it was kept under.
            out.add(p.failed() ? Optional.empty()
                    : Optional.of(new SearchIndex.Entry(p.url(), p.title(), p.id(), p.url(), p::docs)));
        }
        return out;
    }

    private static SearchIndex.Recall recall(Map<String, SearchDocs> recallable) {
        return (source, id) -> Optional.ofNullable(recallable.get(source + " " + id));
    }
}
