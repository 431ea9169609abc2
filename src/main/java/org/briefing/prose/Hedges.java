package org.briefing.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that mark a claim as someone else's or as uncertain. A sentence that loses one
 * ("claimed" becoming "said") states more than before, which a reviewer should see.
 */
public final class Hedges {
    /** The hedge words, as written in lower case. */
    public static final List<String> WORDS = List.of("reportedly", "purportedly", "allegedly", "claimed",
            "believes", "if true", "could", "unverified", "estimated", "according to");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(" + String.join("|", WORDS).replace(" ", "\\s+") + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Hedges() {
    }

    /** The hedge words in {@code text}, lower case, in order, each once. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = HEDGE.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!found.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }
}
