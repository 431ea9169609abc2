package org.briefing.render;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.briefing.cite.CitationSyntax;

/**
 * Claims bracketed text that parses as a citation. Working at flexmark's link-reference stage means
 * code spans, escapes ({@code \[@x]}) and real links are already excluded by the CommonMark rules.
 */
final class CitationLinkRefProcessor implements LinkRefProcessor {

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return nodeChars.length() >= 3 && nodeChars.charAt(0) == '[' && nodeChars.charAt(1) != '^'
                && nodeChars.endCharAt(1) == ']'
                && CitationSyntax.parse(nodeChars.subSequence(1, nodeChars.length() - 1)).isPresent();
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        return new CitationNode(nodeChars);
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return node.getChars().subSequence(1, node.getChars().length() - 1);
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
        // The node keeps its own characters; nothing to update.
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new CitationLinkRefProcessor();
        }
    }
}
