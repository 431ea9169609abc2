package org.briefing.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.diag.Spelling;

/**
 * Checks the {@code via} links of the registry: each names a known source, and no chain of
 * "as reported in" comes back to where it started.
 */
final class SourceChains {
    private SourceChains() {
    }

    /** {@code viaAt} holds, for each source with a {@code via}, where that value stands. */
    static void check(Map<String, Source> byId, Map<String, Position> viaAt, Diagnostics out) {
        List<String> ids = byId.keySet().stream().sorted().toList();
        for (String id : viaAt.keySet().stream().sorted().toList()) {
            String via = byId.get(id).via();
            if (via.equals(id)) {
                out.add(Diagnostic.error(viaAt.get(id), "source '" + id + "' is given as its own via",
                        "name the source this one was read in, or leave 'via' out"));
            } else if (!byId.containsKey(via)) {
                String hint = Spelling.didYouMean(via, ids);
                out.add(Diagnostic.error(viaAt.get(id), "unknown via source '" + via + "'",
                        hint != null ? hint : "add the source it was read in to sources.yaml first"));
            }
        }
        Set<String> reported = new java.util.HashSet<>();
        for (String start : viaAt.keySet().stream().sorted().toList()) {
            List<String> cycle = cycleFrom(start, byId);
            if (cycle.size() > 1 && reported.add(cycle.stream().sorted().toList().toString())) {
                String first = cycle.stream().sorted().findFirst().orElse(start);
                List<String> shown = rotate(cycle, first);
                out.add(Diagnostic.error(viaAt.get(first), "via cycle: " + String.join(" -> ", shown) + " -> " + first,
                        "one of these sources must be the one actually read: remove its 'via'"));
            }
        }
    }

    /** The sources of the cycle {@code start} runs into, in order, or an empty list. */
    private static List<String> cycleFrom(String start, Map<String, Source> byId) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        String at = start;
        while (at != null && seen.add(at)) {
            Source s = byId.get(at);
            at = s == null || !s.hasVia() ? null : s.via();
        }
        if (at == null || !at.equals(start)) {
            return List.of();
        }
        return new ArrayList<>(seen);
    }

    private static List<String> rotate(List<String> cycle, String first) {
        int i = cycle.indexOf(first);
        List<String> r = new ArrayList<>(cycle.subList(i, cycle.size()));
        r.addAll(cycle.subList(0, i));
        return r;
    }
}
