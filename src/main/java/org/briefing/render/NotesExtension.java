package org.briefing.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Citations, footnotes and fact shortcodes for flexmark's parser: parses {@code [@key]} and
 * {@code {{< fact ID >}}} and takes flexmark's footnote parsing, but renders none of them. Marks become {@link NoteToken}s and footnote definitions
 * are rendered separately ({@link AstHtmlWriter}), so the notes of a page are assembled in one
 * place ({@code Endnotes}).
 */
final class NotesExtension implements Parser.ParserExtension {
    private final FootnoteExtension footnotes = FootnoteExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        footnotes.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        footnotes.extend(builder);
        builder.linkRefProcessorFactory(new CitationLinkRefProcessor.Factory());
        builder.customInlineParserExtensionFactory(new Shortcode.Factory());
    }
}
