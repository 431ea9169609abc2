package org.briefing.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.prose.Block;
import org.briefing.prose.Prose;
import org.briefing.prose.Quote;
import org.briefing.prose.Sentence;

/**
 * What one page's prose claims differently: sentences are paired across the two versions (same
 * text first, then the most alike), and a pair reports the citations, hedge words and quotations
 * it lost or gained; a sentence without a partner reports the citations and quotations that came
 * or went with it.
 */
final class ProseChanges {
    /** Share of words two versions of a sentence must have in common to count as one sentence. */
    private static final double ALIKE = 0.5;

    private record Entry(Sentence sentence, String section, Set<String> words) {
    }

    private ProseChanges() {
    }

    static List<Change> compare(String path, Prose base, Prose head) {
        List<Entry> before = entries(base);
        List<Entry> after = entries(head);
        Map<Entry, Entry> pairs = pair(before, after);
        Set<Entry> paired = new HashSet<>(pairs.values());
        List<Change> out = new ArrayList<>();
        for (Entry now : after) {
            Entry was = pairs.get(now);
            if (was != null) {
                changed(path, was, now).ifPresent(out::add);
            } else {
                alone(path, now, "added").ifPresent(out::add);
            }
        }
        for (Entry was : before) {
            if (!paired.contains(was)) {
                alone(path, was, "removed").ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<Entry> entries(Prose prose) {
        List<Entry> out = new ArrayList<>();
        for (Block b : prose.blocks()) {
            for (Sentence s : b.sentences()) {
                out.add(new Entry(s, b.section(), words(s.text())));
            }
        }
        return out;
    }

    /** Head entry -> base entry: equal texts first, in order, then the most alike pairs. */
    private static Map<Entry, Entry> pair(List<Entry> before, List<Entry> after) {
        Map<Entry, Entry> pairs = new HashMap<>();
        Map<String, List<Entry>> byText = new HashMap<>();
        before.forEach(e -> byText.computeIfAbsent(e.sentence().text(), k -> new ArrayList<>()).add(e));
        Set<Entry> usedBefore = new HashSet<>();
        List<Entry> leftAfter = new ArrayList<>();
        for (Entry e : after) {
            List<Entry> same = byText.getOrDefault(e.sentence().text(), List.of());
            if (!same.isEmpty()) {
                Entry match = same.remove(0);
                pairs.put(e, match);
                usedBefore.add(match);
            } else {
                leftAfter.add(e);
            }
        }
        List<Entry> leftBefore = before.stream().filter(e -> !usedBefore.contains(e)).toList();
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < leftAfter.size(); i++) {
            for (int j = 0; j < leftBefore.size(); j++) {
                double sim = similarity(leftAfter.get(i).words(), leftBefore.get(j).words());
                if (sim >= ALIKE) {
                    candidates.add(new double[] {sim, i, j});
                }
            }
        }
        // Most alike first; ties in document order, so the pairing never depends on chance.
        candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        Set<Integer> takenA = new HashSet<>();
        Set<Integer> takenB = new HashSet<>();
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (takenA.add(i)) {
                if (takenB.add(j)) {
                    pairs.put(leftAfter.get(i), leftBefore.get(j));
                } else {
                    takenA.remove(i);
                }
            }
        }
        return pairs;
    }

    private static Optional<Change> changed(String path, Entry was, Entry now) {
        Sentence a = was.sentence();
        Sentence b = now.sentence();
        List<String> what = new ArrayList<>();
        minus(a.hedges(), b.hedges()).forEach(h -> what.add("hedge lost (" + h + ")"));
        minus(b.hedges(), a.hedges()).forEach(h -> what.add("hedge gained (" + h + ")"));
        minus(a.sources(), b.sources()).forEach(s -> what.add("citation removed (@" + s + ")"));
        minus(b.sources(), a.sources()).forEach(s -> what.add("citation added (@" + s + ")"));
        List<String> oldQuotes = minus(texts(a.quotes()), texts(b.quotes()));
        List<String> newQuotes = minus(texts(b.quotes()), texts(a.quotes()));
        int both = Math.min(oldQuotes.size(), newQuotes.size());
        for (int i = 0; i < both; i++) {
            what.add("quotation reworded (\"" + oldQuotes.get(i) + "\" -> \"" + newQuotes.get(i) + "\")");
        }
        oldQuotes.subList(both, oldQuotes.size()).forEach(q -> what.add("quotation removed (\"" + q + "\")"));
        newQuotes.subList(both, newQuotes.size()).forEach(q -> what.add("quotation added (\"" + q + "\")"));
        if (what.isEmpty()) {
            return Optional.empty();
        }
        List<String> details = a.text().equals(b.text()) ? List.of("sentence: " + b.text())
                : List.of("was: " + a.text(), "now: " + b.text());
        var at = newQuotes.isEmpty() ? b.at() : b.quotes().stream().filter(q -> q.text().equals(newQuotes.get(0)))
                .findFirst().map(Quote::at).orElse(b.at());
        return Optional.of(new Change(path, now.section(), what, "", details, Optional.of(at)));
    }

    /** A sentence only one version has: the citations and quotations that came or went with it. */
    private static Optional<Change> alone(String path, Entry e, String verb) {
        Sentence s = e.sentence();
        List<String> what = new ArrayList<>();
        s.sources().forEach(id -> what.add("citation " + verb + " (@" + id + ")"));
        texts(s.quotes()).forEach(q -> what.add("quotation " + verb + " (\"" + q + "\")"));
        if (what.isEmpty()) {
            return Optional.empty();
        }
        boolean added = verb.equals("added");
        return Optional.of(new Change(path, e.section(), what, "",
                List.of((added ? "new sentence: " : "removed sentence: ") + s.text()),
                added ? Optional.of(s.at()) : Optional.empty()));
    }

    private static List<String> texts(List<Quote> quotes) {
        return new ArrayList<>(new LinkedHashSet<>(quotes.stream().map(Quote::text).toList()));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).distinct().toList();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    /** Shared words over all words (Jaccard). */
    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return union.isEmpty() ? 1 : (double) shared / union.size();
    }
}
