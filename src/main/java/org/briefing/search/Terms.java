package org.briefing.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text is cut into search terms, the same in the build and in {@code search.js}: accents
 * removed, lower case, runs of letters and digits; "1,500" is one term, "1500".
 */
final class Terms {
    private static final Pattern TERM = Pattern.compile("\\p{N}{1,3}(?:,\\p{N}{3})+|[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Terms() {
    }

    static List<String> of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = TERM.matcher(folded);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }
}
