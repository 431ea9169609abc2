package org.briefing.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostic;
import org.briefing.prose.Block;
import org.briefing.prose.Prose;
import org.briefing.prose.Quote;
import org.briefing.prose.Sentence;

/**
 * Words in quotation marks, in a sentence that cites a source with {@code excerpts:}, must be found
 * in one of that source's excerpts, ignoring case, curly against straight quotes and white space.
 * A sentence citing several such sources passes when any of them has the words.
 */
final class QuotationCheck {
    private QuotationCheck() {
    }

    static List<Diagnostic> check(Prose prose, Map<String, Source> sources) {
        List<Diagnostic> out = new ArrayList<>();
        for (Block block : prose.blocks()) {
            for (Sentence sentence : block.sentences()) {
                List<Source> withExcerpts = sentence.sources().stream().map(sources::get)
                        .filter(s -> s != null && !s.excerpts().isEmpty()).toList();
                if (withExcerpts.isEmpty()) {
                    continue;
                }
                for (Quote quote : sentence.quotes()) {
                    String wanted = normal(quote.text());
                    boolean found = withExcerpts.stream()
                            .anyMatch(s -> s.excerpts().stream().anyMatch(e -> normal(e).contains(wanted)));
                    if (!found) {
                        String names = String.join("' or '", withExcerpts.stream().map(Source::id).toList());
                        out.add(Diagnostic.warning(quote.at(),
                                "quotation \"" + quote.text() + "\" is not in the excerpts of '" + names + "'",
                                "quote the source's words exactly, or add the passage it comes from to the excerpts of '"
                                        + withExcerpts.get(0).id() + "' in content/sources.yaml"));
                    }
                }
            }
        }
        return out;
    }

    /** Lower case, curly quotes straightened, white space runs as one space. */
    static String normal(String s) {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
