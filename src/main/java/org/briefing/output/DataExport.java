package org.briefing.output;

import org.briefing.content.Content;
import org.briefing.content.DataJson;
import org.briefing.content.FactFile;

/** Writes the facts and the source registry as {@code data/NAME.json}, for readers who want the data. */
final class DataExport {

    private DataExport() {
    }

    static void write(Output out, Content content) {
        for (FactFile f : content.facts()) {
            if (!f.json().isEmpty()) {
                out.write("data/" + f.name() + ".json", f.json());
            }
        }
        out.write("data/sources.json", DataJson.sources(content.sources()));
    }
}
