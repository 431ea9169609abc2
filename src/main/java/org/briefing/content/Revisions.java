package org.briefing.content;

import java.util.ArrayList;
import java.util.List;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import tools.jackson.databind.JsonNode;

/** Reads front matter {@code revisions:}, a list of {@code {date, note}}, each checked where it stands. */
final class Revisions {
    private static final java.util.Set<String> KEYS = java.util.Set.of("date", "note");

    private Revisions() {
    }

    static List<FrontMatter.Revision> read(YamlDocument doc, Diagnostics out) {
        JsonNode list = doc.root().get("revisions");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            out.add(Diagnostic.error(doc.valueAt("/revisions"), "'revisions' must be a list",
                    "write each revision as '- date: YYYY-MM-DD' with 'note: what changed' under it"));
            return List.of();
        }
        List<FrontMatter.Revision> revisions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/revisions/" + i;
            if (!list.get(i).isObject()) {
                out.add(Diagnostic.error(doc.valueAt(pointer), "each revision must be a mapping with 'date' and 'note'"));
                continue;
            }
            YamlFields f = new YamlFields(doc, list.get(i), pointer, out);
            f.onlyKeys(KEYS);
            String date = f.date("date", true);
            String note = f.string("note", true);
            if (!date.isEmpty() && !note.isEmpty()) {
                revisions.add(new FrontMatter.Revision(date, note));
            }
        }
        return revisions;
    }
}
