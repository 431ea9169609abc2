package org.briefing.render;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcode syntax Hugo and Quarto users know, {@code {{< name args >}}}, parsed as an inline
 * node. Inline parsing never runs inside code spans or code blocks, so a shortcode written there
 * stays text. Only {@code {{< fact ID >}}} exists; the text is never evaluated as a template.
 *
 * @param name the first word ("" if none)
 * @param args the words after it
 */
record Shortcode(String name, List<String> args) {
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<([^\\n>]*)>}}");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Parses the text of a {@link ShortcodeNode}. */
    static Shortcode parse(CharSequence chars) {
        String s = chars.toString();
        Matcher m = WORD.matcher(s.substring(0, s.length() - 3));
        m.region(3, s.length() - 3);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words.isEmpty() ? new Shortcode("", List.of())
                : new Shortcode(words.get(0), List.copyOf(words.subList(1, words.size())));
    }

    /** Makes flexmark's inline parser turn each {@code {{< ... >}}} into a {@link ShortcodeNode}. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Extension();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null; // flexmark's contract: null means none
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Extension implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
            // nothing collected across the document
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
            // nothing collected across the block
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int from = parser.getIndex();
            Matcher m = SHORTCODE.matcher(input);
            m.region(from, input.length());
            if (!m.lookingAt()) {
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new ShortcodeNode(input.subSequence(from, m.end())));
            parser.setIndex(m.end());
            return true;
        }
    }
}
