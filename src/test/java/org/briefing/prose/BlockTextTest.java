package org.briefing.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.diag.Position;
import org.junit.jupiter.api.Test;

/** Where sentences end, and what each keeps: text in, the exact sentences out. */
class BlockTextTest {

    /** {@code [@id]} stands for a citation of source {@code id}; everything else is text. */
    private static List<String> sentences(String s) {
        BlockText text = new BlockText(offset -> new Position("p", 1, offset + 1));
        int i = 0;
        while (i < s.length()) {
            int cite = s.indexOf("[@", i);
            if (cite < 0) {
                text.text(s.substring(i), i);
                break;
            }
            text.text(s.substring(i, cite), i);
            int end = s.indexOf(']', cite);
            text.cite(List.of(s.substring(cite + 2, end)), List.of(), cite);
            i = end + 1;
        }
        return text.block(Block.Kind.PARAGRAPH, "", 0).sentences().stream()
                .map(x -> x.at().column() + " " + x.text() + " " + x.sources() + " " + x.hedges()).toList();
    }

    @Test
    void aSentenceEndsAtAFullStopBeforeACapitalNotAfterAnAbbreviationNorInsideQuotesNorBeforeLowerCase() {
        assertEquals(List.of(
                "1 Mr. Kim met U.S. officials on 18 Oct. 2024. [] []",
                "45 He said: \"We are ready. They are not.\" [] []",
                "84 It is, e.g. here, claimed! [] [claimed]",
                "111 Is it? yes. [] []"),
                sentences("Mr. Kim met U.S. officials on 18 Oct. 2024. He said: \"We are ready. They are not.\" "
                        + "It is, e.g. here, claimed! Is it? yes."));
    }

    @Test
    void citationsAfterTheFullStopBelongToTheSentenceBeforeThem() {
        assertEquals(List.of(
                "1 One. [a, b] []",
                "15 Two could be. [c] [could]",
                "34 Three \"quoted.\" [d] []"),
                sentences("One.[@a] [@b] Two could be [@c]. Three \"quoted.\"[@d]"));
    }
}
