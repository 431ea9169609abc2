package org.briefing.prose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.diag.Position;

/**
 * The text of one block as it is read, gathered piece by piece with each character's place in the
 * page source, then cut into sentences. Citations are kept as one marker character each, so a
 * sentence knows what it cites. One instance per block; not thread-safe.
 */
public final class BlockText {
    private static final char MARK = '\u0001';
    private static final Pattern QUOTE = Pattern.compile("\"([^\"\\n]+)\"|\u201c([^\u201d\\n]+)\u201d");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "p", "pp", "mr", "mrs", "ms", "dr",
            "st", "no", "vs", "u.s", "u.k", "u.n", "gen", "lt", "col", "sgt", "jr", "sr", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca", "cf");

    private final IntFunction<Position> positions;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];
    private final Map<Integer, List<String>> sourcesAt = new HashMap<>();
    private final Map<Integer, List<String>> factsAt = new HashMap<>();

    /** {@code positions} turns an offset in the page source into a file position. */
    public BlockText(IntFunction<Position> positions) {
        this.positions = positions;
    }

    /** Text read from the source: character {@code i} stood at {@code sourceOffset + i}. */
    public void text(CharSequence s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i), sourceOffset + i);
        }
    }

    /** Text made from something at {@code sourceOffset} (a fact's value, a line break). */
    public void made(CharSequence s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i), sourceOffset);
        }
    }

    /** A citation of {@code sources}, or a fact reference to {@code facts} with their sources. */
    public void cite(List<String> sources, List<String> facts, int sourceOffset) {
        sourcesAt.put(text.length(), List.copyOf(sources));
        factsAt.put(text.length(), List.copyOf(facts));
        put(MARK, sourceOffset);
    }

    public boolean isEmpty() {
        return text.toString().isBlank();
    }

    /** The block, cut into sentences; {@code at} is where the block starts. */
    public Block block(Block.Kind kind, String section, int sourceOffset) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int end : boundaries()) {
            java.util.Optional<Sentence> s = sentence(start, end);
            if (s.isEmpty()) {
                if (!sentences.isEmpty()) {
                    sentences.set(sentences.size() - 1, merged(sentences.get(sentences.size() - 1), start, end));
                }
            } else {
                sentences.add(s.get());
            }
            start = end;
        }
        return new Block(kind, section, positions.apply(sourceOffset), readable(0, text.length()), sentences);
    }

    private void put(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }

    /** Ends of sentences: after . ! or ? (and closing quotes, brackets, markers) before white space. */
    private List<Integer> boundaries() {
        List<Integer> ends = new ArrayList<>();
        boolean inStraightQuote = false;
        int curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inStraightQuote = !inStraightQuote;
            } else if (c == '\u201c') {
                curly++;
            } else if (c == '\u201d') {
                curly = Math.max(0, curly - 1);
            }
            if ((c != '.' && c != '!' && c != '?') || (c == '.' && abbreviation(i))) {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && closesSentence(text.charAt(j))) {
                if (text.charAt(j) == '"') {
                    inStraightQuote = !inStraightQuote;
                } else if (text.charAt(j) == '\u201d') {
                    curly = Math.max(0, curly - 1);
                }
                j++;
            }
            if (inStraightQuote || curly > 0) {
                continue;
            }
            // "Claim. [@a]": a citation after the full stop still belongs to the sentence it follows.
            for (int k = j; k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == MARK); k++) {
                if (text.charAt(k) == MARK) {
                    j = k + 1;
                }
            }
            if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < text.length() && Character.isLowerCase(text.charAt(k))) {
                continue;
            }
            ends.add(j);
            i = j - 1;
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < text.length()) {
            ends.add(text.length());
        }
        return ends;
    }

    /** What may follow a full stop within its sentence: closing quotes and brackets, citation markers. */
    private static boolean closesSentence(char c) {
        return c == MARK || "\"\u201d\u2019')]".indexOf(c) >= 0;
    }

    private boolean abbreviation(int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(text.charAt(s)) || ABBREVIATIONS.contains(word);
    }

    /** The sentence in {@code [from, to)}; empty when it holds no words (markers after a full stop). */
    private java.util.Optional<Sentence> sentence(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String words = readable(from, to);
        if (words.chars().noneMatch(Character::isLetterOrDigit)) {
            return java.util.Optional.empty();
        }
        Set<String> sources = new LinkedHashSet<>();
        Set<String> facts = new LinkedHashSet<>();
        collect(from, to, sources, facts);
        List<Quote> quotes = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        m.region(from, to);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String q = readable(m.start(g), m.end(g));
            if (!q.isEmpty()) {
                quotes.add(new Quote(q, positions.apply(offsets[m.start()])));
            }
        }
        return java.util.Optional.of(new Sentence(words, positions.apply(offsets[from]), List.copyOf(sources),
                List.copyOf(facts), quotes, Hedges.in(words)));
    }

    private Sentence merged(Sentence s, int from, int to) {
        Set<String> sources = new LinkedHashSet<>(s.sources());
        Set<String> facts = new LinkedHashSet<>(s.facts());
        collect(from, to, sources, facts);
        return new Sentence(s.text(), s.at(), List.copyOf(sources), List.copyOf(facts), s.quotes(), s.hedges());
    }

    private void collect(int from, int to, Set<String> sources, Set<String> facts) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == MARK) {
                sources.addAll(sourcesAt.get(i));
                facts.addAll(factsAt.get(i));
            }
        }
    }

    /** The text of {@code [from, to)} without markers, white space collapsed. */
    private String readable(int from, int to) {
        return text.substring(from, to).replaceAll("\\s*" + MARK, "").replaceAll("\\s+", " ").strip();
    }
}
