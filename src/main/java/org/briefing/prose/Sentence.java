package org.briefing.prose;

import java.util.List;
import org.briefing.diag.Position;

/**
 * One sentence of prose as a reviewer reads it: its text (citation markers left out, fact
 * references as the values they print), the sources it cites (directly or through a fact), the
 * facts it states, its quotations and the hedge words it uses, in order of appearance.
 */
public record Sentence(String text, Position at, List<String> sources, List<String> facts, List<Quote> quotes,
                       List<String> hedges) {

    public Sentence {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
        hedges = List.copyOf(hedges);
    }

    /** Cites a source, or states a fact (which cites its own). */
    public boolean cited() {
        return !sources.isEmpty() || !facts.isEmpty();
    }
}
