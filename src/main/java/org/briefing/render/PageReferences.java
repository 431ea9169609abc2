package org.briefing.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefing.cite.CitationItem;
import org.briefing.cite.CitationSyntax;
import org.briefing.cite.NoteRef;
import org.briefing.cite.PageNotes;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.diag.Position;
import org.briefing.diag.Spelling;
import org.briefing.html.Html;
import org.briefing.html.RelativePath;
import org.briefing.html.UrlPolicy;

/**
 * One walk over a parsed page that checks and rewrites what points elsewhere: citations become
 * note tokens (unknown sources reported at the key), footnote calls likewise (undefined labels are
 * errors, not literal text), fact shortcodes become the value and its notes (unknown ids reported
 * at the shortcode), and links to {@code .md} files become pretty relative URLs with their
 * anchors checked.
 */
final class PageReferences {
    private final ParsedPage parsed;
    private final SiteIndex site;
    private final PageNotes notes;
    private final Diagnostics out;
    private final Set<String> anchorsRead;

    /** {@code anchorsRead} receives the path of every page whose anchors a link's fragment was checked against. */
    PageReferences(ParsedPage parsed, SiteIndex site, PageNotes notes, Diagnostics out, Set<String> anchorsRead) {
        this.parsed = parsed;
        this.site = site;
        this.notes = notes;
        this.out = out;
        this.anchorsRead = anchorsRead;
    }

    void apply() {
        List<Node> nodes = new ArrayList<>();
        parsed.document().getDescendants().forEach(nodes::add);
        Set<String> called = new HashSet<>();
        List<FootnoteBlock> blocks = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof CitationNode c) {
                replace(c, citation(c));
            } else if (n instanceof ShortcodeNode s) {
                replace(s, shortcode(s));
            } else if (n instanceof Footnote f) {
                called.add(f.getText().toString());
                replace(f, footnote(f));
            } else if (n instanceof FootnoteBlock b) {
                blocks.add(b);
            } else if (n instanceof Link || n instanceof Image || n instanceof Reference) {
                link(n);
            } else if (n instanceof AutoLink a && !UrlPolicy.isSafe(a.getText().toString())) {
                // <javascript:...> is an autolink to CommonMark; AstHtmlWriter drops its href, but say so.
                out.add(Diagnostic.error(at(a.getText().getStartOffset()), "link target '" + a.getText()
                        + "' uses a scheme that is not allowed", "use an http(s) URL or a relative link"));
            }
        }
        for (FootnoteBlock b : blocks) {
            String label = b.getText().toString();
            if (!called.contains(label)) {
                out.add(Diagnostic.warning(at(b.getStartOffset()), "footnote '[^" + label + "]' is never referenced",
                        "cite it with [^" + label + "] or delete the definition"));
            }
        }
    }

    private String citation(CitationNode c) {
        BasedSequence chars = c.getChars();
        List<CitationItem> items = CitationSyntax.parse(chars.subSequence(1, chars.length() - 1)).orElseThrow();
        StringBuilder tokens = new StringBuilder();
        for (CitationItem item : items) {
            if (!site.hasSource(item.key())) {
                Position at = at(c.getStartOffset() + 1 + item.keyOffset());
                String hint = Spelling.didYouMean(item.key(), site.sourceIds());
                out.add(Diagnostic.error(at, "unknown source '" + item.key() + "'",
                        hint != null ? hint : "add it to content/sources.yaml"));
            }
            tokens.append(notes.mark(new NoteRef.SourceRef(item.key(), item.prefix(), item.locator())));
        }
        return tokens.toString();
    }

    /** {@code {{< fact ID >}}}: the value as the templates print it, then a marker per source. */
    private String shortcode(ShortcodeNode node) {
        Shortcode code = Shortcode.parse(node.getChars());
        Position at = at(node.getStartOffset()); // every problem is reported at the shortcode's opening braces
        if (!code.name().equals("fact") || code.args().size() != 1) {
            String hint = code.name().equals("fact") ? "name one fact id: {{< fact ID >}}"
                    : "the only shortcode is {{< fact ID >}}; to show the braces, write \\{{< or put them in `code`";
            out.add(Diagnostic.error(at,
                    code.name().equals("fact") ? "{{< fact >}} takes exactly one id" : "unknown shortcode '" + code.name() + "'",
                    hint));
            return Html.escape(node.getChars().toString());
        }
        String id = code.args().get(0);
        var fact = site.facts().get(id);
        if (fact.isEmpty()) {
            String hint = Spelling.didYouMean(id, site.facts().citableIds());
            out.add(Diagnostic.error(at, "unknown fact '" + id + "'",
                    hint != null ? hint : "fact ids are the 'id' of values in content/facts/*.yaml"));
            return Html.escape(id);
        }
        if (!fact.get().citable() || fact.get().text().isEmpty()) {
            List<String> parts = fact.get().parts();
            out.add(Diagnostic.error(at, "fact '" + id + "' has no single number to state",
                    parts.isEmpty() ? "{{< fact >}} states values that have a number and sources"
                            : "name one of its values: " + String.join(", ", parts)));
            return Html.escape(id);
        }
        StringBuilder html = new StringBuilder(Html.escape(fact.get().text().orElseThrow()));
        for (String source : fact.get().sources()) {
            html.append(notes.mark(new NoteRef.SourceRef(source, "", "")));
        }
        return html.toString();
    }

    private String footnote(Footnote f) {
        String label = f.getText().toString();
        if (f.getFootnoteBlock() == null) {
            out.add(Diagnostic.error(at(f.getStartOffset()), "undefined footnote '[^" + label + "]'",
                    "add a line '[^" + label + "]: text of the note' to this page"));
        }
        return notes.mark(new NoteRef.FootnoteRef(label));
    }

    private void link(Node n) {
        BasedSequence urlChars = n instanceof LinkNodeBase l ? l.getUrl() : ((Reference) n).getUrl();
        String url = urlChars.toString();
        Position at = at(urlChars.isNull() ? n.getStartOffset() : urlChars.getStartOffset());
        if (!UrlPolicy.isSafe(url)) {
            out.add(Diagnostic.error(at, "link target '" + url + "' uses a scheme that is not allowed",
                    "use an http(s) URL or a relative link"));
            return;
        }
        if (UrlPolicy.isExternal(url) || url.startsWith("mailto:") || url.isEmpty()) {
            return;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        if (path.startsWith("/")) {
            out.add(Diagnostic.error(at, "root-absolute link '" + url + "' breaks when the site is served under a sub-path",
                    "link the Markdown file relatively, e.g. deployment.md"));
            return;
        }
        if (path.isEmpty()) {
            checkAnchor(fragment, parsed.anchors(), url, at);
            return;
        }
        if (!path.endsWith(".md")) {
            return; // Files made by the build (data/*.json...) are checked once the site is written.
        }
        java.util.Optional<String> target = resolve(parsed.page().path(), path);
        SiteIndex.Target page = target.map(t -> site.pages().get(t)).orElse(null);
        if (page == null) {
            String hint = Spelling.didYouMean(target.orElse(path), site.pages().keySet());
            out.add(Diagnostic.error(at, "link to missing page '" + path + "'",
                    hint != null ? hint : "link to a .md file under content/"));
            return;
        }
        if (fragment != null) {
            anchorsRead.add(target.get());
            checkAnchor(fragment, page.anchors(), url, at);
        }
        String rewritten = SiteIndex.relative(parsed.page().url(), page.url()) + (fragment == null ? "" : "#" + fragment);
        if (n instanceof LinkNodeBase l) {
            l.setUrl(BasedSequence.of(rewritten));
        } else {
            ((Reference) n).setUrl(BasedSequence.of(rewritten));
        }
    }

    private void checkAnchor(String fragment, Set<String> anchors, String url, Position at) {
        if (fragment == null || fragment.isEmpty() || anchors.contains(fragment) || SiteIndex.isGenerated(fragment)) {
            return;
        }
        String hint = Spelling.didYouMean(fragment, anchors.stream().sorted().toList());
        out.add(Diagnostic.error(at, "link to missing anchor '#" + fragment + "' in '" + url + "'",
                hint != null ? hint : "anchors are the ids of headings: lower case, spaces as hyphens"));
    }

    /** Resolves {@code rel} against the folder of {@code fromPath} (under content/); empty if it leaves content/. */
    static java.util.Optional<String> resolve(String fromPath, String rel) {
        return RelativePath.resolve(fromPath.substring("content/".length()), rel).map(p -> "content/" + p);
    }

    private static void replace(Node node, String tokens) {
        // As in Pandoc, "claim [@id]." puts the marker right after the word: drop the space before it.
        if (node instanceof CitationNode && node.getPrevious() instanceof Text t && t.getChars().endsWith(" ")) {
            t.setChars(t.getChars().trimEnd());
        }
        node.insertBefore(new NoteToken(tokens));
        node.unlink();
    }

    private Position at(int offset) {
        return parsed.lines().at(offset);
    }
}
