package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review checks and fact references as {@code check} runs them on a whole site. */
class ReviewChecksInBuildTest {

    @Test
    void checkReportsQuotationsCoverageAndFactReferences(@TempDir Path tmp) throws IOException {
        Path root = CommandLineTest.copyGolden(tmp);
        Path sources = root.resolve("content/sources.yaml");
        Files.writeString(sources, Files.readString(sources).replace("  note: Known only through the annual report.",
                "  excerpts:\n    - The officials called the move \"a grave threat\".\n"
                        + "  note: Known only through the annual report."));
        Files.writeString(root.resolve("content/review.md"), """
                ---
                title: Review
                citations: required
                ---
                Officials called it "a grave threat" [@wire-story]. They called it "grave danger" [@wire-story].

                About 1,500 troops arrived in October 2024.

                The first figure is {{< fact troops-reported >}}, the second {{< fact troops-expectd >}}.
                """);
        Files.writeString(root.resolve("content/facts/figures.yaml"), """
                figures:
                  - id: troops-reported
                    label: Troops reported
                    value: 1500
                    sources: [wire-story]
                  - id: troops-expected
                    label: Troops expected
                    value: 12000
                    sources: [wire-story, agency-report-2024]
                """);
        Path schema = root.resolve("content/schemas/figures.schema.json");
        Files.writeString(schema, Files.readString(schema).replace("\"properties\": {\n          \"label\"",
                "\"properties\": {\n          \"id\": {\"type\": \"string\"},\n          \"label\""));
        CommandLineTest.Run r = CommandLineTest.run("check", "--root", root.toString());
        assertEquals("""
                content/review.md:5:68: warning: quotation "grave danger" is not in the excerpts of 'wire-story'
                  hint: quote the source's words exactly, or add the passage it comes from to the excerpts of 'wire-story' in content/sources.yaml
                content/review.md:7:1: warning: this paragraph states a date but cites no source
                  hint: cite a source with [@id], or state the value with {{< fact ID >}}
                content/review.md:9:62: error: unknown fact 'troops-expectd'
                  hint: did you mean 'troops-expected'?
                1 error, 2 warnings
                """, r.err());
        assertEquals(1, r.code());
    }
}
