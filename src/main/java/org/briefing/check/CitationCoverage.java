package org.briefing.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefing.diag.Diagnostic;
import org.briefing.prose.Block;
import org.briefing.prose.Prose;
import org.briefing.prose.Sentence;

/**
 * On a page with {@code citations: required}: every paragraph, list item or table row that states a
 * number, a quotation or a date must cite a source somewhere in it (a fact reference cites its own).
 */
final class CitationCoverage {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b"
            + "|\\b" + MONTH + "\\s+\\d{1,4}\\b|\\b\\d{1,2}\\s+" + MONTH + "\\b|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    private CitationCoverage() {
    }

    static List<Diagnostic> check(Prose prose) {
        List<Diagnostic> out = new ArrayList<>();
        for (Block block : prose.blocks()) {
            if (block.cited()) {
                continue;
            }
            String states = states(block);
            if (states != null) {
                out.add(Diagnostic.warning(block.at(), "this " + block.kind().word() + " states " + states
                        + " but cites no source",
                        "cite a source with [@id], or state the value with {{< fact ID >}}"));
            }
        }
        return out;
    }

    /** "a quotation", "a date" or "a number" (the first that applies), or null for none. */
    private static String states(Block block) {
        if (block.sentences().stream().map(Sentence::quotes).anyMatch(q -> !q.isEmpty())) {
            return "a quotation";
        }
        if (DATE.matcher(block.text()).find()) {
            return "a date";
        }
        return NUMBER.matcher(block.text()).find() ? "a number" : null;
    }
}
