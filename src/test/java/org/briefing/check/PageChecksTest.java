package org.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.content.Content;
import org.briefing.content.FrontMatter;
import org.briefing.content.Page;
import org.briefing.content.SiteConfig;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.render.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** The per-page checks: Markdown in, the exact warnings out. */
class PageChecksTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Position AT = new Position("content/sources.yaml", 1, 1);
    private static final Source SPEECH = new Source("speech", "Speech", "Office", "2024", "statement", "", "", "", "",
            "", "", AT, List.of("The move is a “grave  security\nthreat”, he said.", "We will use all available means."));
    private static final Source WIRE = new Source("wire", "Story", "Wire", "2024", "news", "", "", "", "", "", "", AT,
            List.of("Officials called it an \"extreme escalation\"."));
    private static final Source BLOG = new Source("blog", "Post", "Blog", "2024", "news", "", "", "", "", "", "", AT);

    private static List<String> check(boolean citationsRequired, String markdown) {
        Page page = new Page("content/p.md", "p/", new FrontMatter("P", "", "", "", false, "", 0,
                new Position("content/p.md", 1, 1), citationsRequired), markdown, 6);
        Diagnostics out = new Diagnostics();
        Content site = new Content(new SiteConfig("T", "", "en", "", "", "main"), List.of(SPEECH, WIRE, BLOG), List.of(),
                List.of(page));
        out.addAll(PageChecks.check(MARKDOWN.parse(page, out), site));
        return out.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void quotationsMustBeInTheExcerptsOfACitedSourceIgnoringCaseQuotesAndSpace() {
        assertEquals(List.of(), check(false, """
                He called it a "GRAVE security threat" [@speech]. He vowed “all available means” [@blog; @speech].
                Officials spoke of an "extreme escalation" [@speech; @wire]. A "made-up phrase" cites no source with excerpts [@blog].
                """));
    }

    @Test
    void aQuotationMissingFromTheExcerptsIsAWarningAtItsOpeningMark() {
        assertEquals(List.of(
                "content/p.md:6:16: warning: quotation \"grave threat\" is not in the excerpts of 'speech'\n"
                        + "  hint: quote the source's words exactly, or add the passage it comes from to the excerpts"
                        + " of 'speech' in content/sources.yaml",
                "content/p.md:8:23: warning: quotation \"extreme\" escalation\" is not in the excerpts of 'speech' or 'wire'\n"
                        + "  hint: quote the source's words exactly, or add the passage it comes from to the excerpts"
                        + " of 'speech' in content/sources.yaml"),
                check(false, """
                        He called it a "grave threat" [@speech].

                        Officials spoke of an “extreme" escalation” [@speech; @wire].
                        """));
    }

    @Test
    void onARequiringPageUncitedNumbersQuotationsAndDatesAreWarnings() {
        assertEquals(List.of(
                "content/p.md:6:1: warning: this paragraph states a number but cites no source\n"
                        + "  hint: cite a source with [@id], or state the value with {{< fact ID >}}",
                "content/p.md:10:1: warning: this list item states a date but cites no source\n"
                        + "  hint: cite a source with [@id], or state the value with {{< fact ID >}}",
                "content/p.md:11:1: warning: this list item states a quotation but cites no source\n"
                        + "  hint: cite a source with [@id], or state the value with {{< fact ID >}}",
                "content/p.md:16:1: warning: this table row states a number but cites no source\n"
                        + "  hint: cite a source with [@id], or state the value with {{< fact ID >}}"),
                check(true, """
                        About 1,500 soldiers arrived.

                        Around 12,000 are expected [@blog]. Nothing uncited here has a number.

                        - On 18 October the NIS spoke.
                        - He said it was "grave".
                        - A cited figure of 10,000 [@blog].

                        | Figure | Claimant |
                        |---|---|
                        | 13,000 | NIS |
                        | 8,000,000 | South Korea [@blog] |
                        """));
    }

    @Test
    void aPageThatDoesNotRequireCitationsGetsNoCoverageWarnings() {
        assertEquals(List.of(), check(false, "About 1,500 soldiers arrived in 2024.\n"));
    }
}
