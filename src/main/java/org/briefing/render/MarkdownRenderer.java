package org.briefing.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.briefing.cite.PageNotes;
import org.briefing.content.Page;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.LineIndex;
import org.briefing.diag.Position;

/**
 * The one place flexmark is used: CommonMark with GFM tables (in a scroll container), heading ids,
 * citations and footnotes; raw HTML is escaped, never passed through. flexmark parses; our own
 * {@link AstHtmlWriter} writes the HTML (flexmark's renderer cost as much CPU as its parser).
 * Built once, shared by all threads.
 */
public final class MarkdownRenderer {
    /** Longest run of non-blank lines accepted in a page, in characters. */
    public static final int MAX_BLOCK_CHARS = 32 * 1024;

    private final Parser parser;

    public MarkdownRenderer() {
        this.parser = Parser.builder(parserOptions()).build();
    }

    /**
     * The parser's options: GFM tables whose rows all get the header's column count, our notes. The
     * renderer keys stay because the parsed document carries them (heading ids read its options);
     * {@link AstHtmlWriter} implements what they asked of flexmark's renderer.
     */
    static MutableDataSet parserOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new NotesExtension()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    /**
     * Parses a page body; pure, safe to run on many pages at once. A body nested too deeply for
     * flexmark's recursion (thousands of {@code >} or list levels) is reported and parsed as empty.
     */
    public ParsedPage parse(Page page, Diagnostics out) {
        String body = page.body(); // already free of the reserved token characters (TextFile.reserve)
        OptionalInt longBlock = longBlock(body);
        if (longBlock.isPresent()) {
            out.add(Diagnostic.error(new Position(page.path(), page.bodyLine() + longBlock.getAsInt(), 1),
                    "block of text longer than " + MAX_BLOCK_CHARS + " characters without a blank line",
                    "split it with blank lines; the Markdown parser slows down sharply on very long blocks"));
            body = "";
        }
        Document doc;
        try {
            doc = parser.parse(input(body));
            new HeaderIdGenerator().generateIds(doc);
        } catch (StackOverflowError e) {
            out.add(tooDeep(page));
            body = "";
            doc = parser.parse(body);
        }
        return new ParsedPage(page, doc, Set.copyOf(headingIds(doc)), new LineIndex(page.path(), body, page.bodyLine()));
    }

    /**
     * The heading ids of a page, made unique against the ids the generator writes itself
     * ({@link SiteIndex#isGenerated}): {@code ## Note 1} would be "note-1", the id of the first
     * note, so it becomes "note-1-1" (or the next free number), as flexmark numbers repeated headings.
     */
    private static Set<String> headingIds(Document doc) {
        List<Heading> headings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                headings.add(h);
                ids.add(h.getAnchorRefId());
            }
        }
        for (Heading h : headings) {
            String id = h.getAnchorRefId();
            if (SiteIndex.isGenerated(id)) {
                int n = 1;
                while (ids.contains(id + "-" + n) || SiteIndex.isGenerated(id + "-" + n)) {
                    n++;
                }
                h.setAnchorRefId(id + "-" + n);
                ids.remove(id);
                ids.add(id + "-" + n);
            }
        }
        return ids;
    }

    /**
     * The body as flexmark's input, with full segmented sequences: where flexmark joins pieces of
     * the page (list items, table cells, footnotes), it then keeps an index array instead of a
     * segment tree, whose every character lookup goes through a {@code ThreadLocal} created per
     * sequence (a tenth of the parser's time, in the thread-local maps, on the benchmark corpus).
     * The characters, and so the output, are the same.
     */
    static BasedSequence input(String body) {
        return BasedSequence.of(BasedOptionsSequence.of(body, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES));
    }

    /**
     * Renders a parsed page to HTML with note tokens, checking its citations, footnotes and links
     * against {@code site}. Mutates the page's tree, so render each parsed page once.
     */
    public String render(ParsedPage parsed, SiteIndex site, PageNotes notes, Diagnostics out) {
        return render(parsed, site, notes, out, new java.util.HashSet<>());
    }

    /**
     * As {@link #render(ParsedPage, SiteIndex, PageNotes, Diagnostics)}; {@code anchorsRead} receives
     * the path of every page whose heading ids a link of this page was checked against.
     */
    public String render(ParsedPage parsed, SiteIndex site, PageNotes notes, Diagnostics out, Set<String> anchorsRead) {
        try {
            new PageReferences(parsed, site, notes, out, anchorsRead).apply();
            return AstHtmlWriter.render(parsed.document(), notes);
        } catch (StackOverflowError e) {
            out.add(tooDeep(parsed.page()));
            return "";
        }
    }

    /**
     * The body line (from 0) where a run of non-blank lines grows past {@link #MAX_BLOCK_CHARS}.
     * flexmark's inline parser copies the rest of a paragraph on many matches, so hostile blocks
     * (20,000 reference definitions, or unmatched backticks) cost minutes; real ones are ~1 KB.
     */
    static OptionalInt longBlock(String body) {
        if (body.length() < MAX_BLOCK_CHARS) {
            return OptionalInt.empty(); // no block can be longer than the whole body
        }
        int line = 0;
        int blockStart = 0;
        int blockChars = 0;
        int from = 0;
        while (from <= body.length()) {
            int nl = body.indexOf('\n', from);
            int end = nl < 0 ? body.length() : nl;
            if (isBlank(body, from, end)) {
                blockChars = 0;
                blockStart = line + 1;
            } else {
                blockChars += end - from + 1;
                if (blockChars > MAX_BLOCK_CHARS) {
                    return OptionalInt.of(blockStart);
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
            line++;
        }
        return OptionalInt.empty();
    }

    /** As {@code body.substring(from, to).isBlank()}, without the copy. */
    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static Diagnostic tooDeep(Page page) {
        return Diagnostic.error(new Position(page.path(), page.bodyLine(), 1),
                "the Markdown is nested too deeply to render",
                "use fewer levels of block quotes, lists or brackets");
    }
}
