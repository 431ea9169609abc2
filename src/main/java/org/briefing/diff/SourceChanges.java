package org.briefing.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.content.Source;

/** Sources added to, removed from or changed in {@code sources.yaml}, matched by id. */
final class SourceChanges {
    /** Fields shown first: a regrade or a new date changes what a citation is worth. */
    private static final List<String> KEY_FIELDS = List.of("reliability", "date", "url", "publisher");

    private SourceChanges() {
    }

    static List<Change> compare(Map<String, Source> base, Map<String, Source> head) {
        List<Change> out = new ArrayList<>();
        for (Source now : head.values()) {
            Source was = base.get(now.id());
            if (was == null) {
                out.add(new Change(Change.SOURCES, "", List.of("added"), now.id() + ": " + FactChanges.shorten(now.title()),
                        summary(now), Optional.of(now.at())));
                continue;
            }
            List<String> details = new ArrayList<>();
            Map<String, String> a = fields(was);
            Map<String, String> b = fields(now);
            List<String> keys = new ArrayList<>(KEY_FIELDS);
            b.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
            for (String key : keys) {
                if (!a.get(key).equals(b.get(key))) {
                    details.add(key.replace('_', ' ') + ": " + or(a.get(key)) + " -> " + or(b.get(key)));
                }
            }
            long added = now.excerpts().stream().filter(e -> !was.excerpts().contains(e)).count();
            long removed = was.excerpts().stream().filter(e -> !now.excerpts().contains(e)).count();
            if (added + removed > 0) {
                details.add("excerpts: " + added + " added, " + removed + " removed");
            }
            if (!details.isEmpty()) {
                out.add(new Change(Change.SOURCES, "", List.of("changed"), now.id(), details, Optional.of(now.at())));
            }
        }
        for (Source gone : base.values()) {
            if (!head.containsKey(gone.id())) {
                out.add(new Change(Change.SOURCES, "", List.of("removed"),
                        gone.id() + ": " + FactChanges.shorten(gone.title()), summary(gone), Optional.empty()));
            }
        }
        return out;
    }

    private static Map<String, String> fields(Source s) {
        Map<String, String> m = s.fields();
        m.remove("id");
        return m;
    }

    private static List<String> summary(Source s) {
        List<String> lines = new ArrayList<>();
        Map<String, String> f = fields(s);
        for (String key : KEY_FIELDS) {
            if (!f.get(key).isEmpty()) {
                lines.add(key + ": " + f.get(key));
            }
        }
        return lines;
    }

    private static String or(String s) {
        return s.isEmpty() ? "(none)" : s;
    }
}
