package org.briefing.cite;

import java.util.List;
import java.util.Optional;
import org.briefing.content.Source;
import org.briefing.diag.Diagnostics;

/**
 * How notes look: the endnotes section of a page and the formatted reference of a source, both
 * written by templates a site may override. A failure is reported to {@code out} and gives empty.
 * Implementations are shared by all render threads.
 */
public interface NotesLayout {

    /** One back-link of a note: {@code label} is number and letter ("2b"), {@code detail} the prefix and locator. */
    record Call(String label, String letter, String detail) {
    }

    /** One numbered note; {@code kind} is "source" or "comment", {@code body} its HTML. */
    record Note(String number, String kind, List<Call> calls, String body) {
    }

    /** The endnotes section for the notes of one page, in order (never empty). */
    Optional<String> section(List<Note> notes, Diagnostics out);

    /**
     * A source as a note or bibliography entry; {@code readIn} are the works it is known through
     * ("as reported in"), nearest first; {@code root} leads back to the site root.
     */
    Optional<String> reference(Source source, List<Source> readIn, String root, Diagnostics out);

    /** The note body of a citation whose source is unknown (the page is reported elsewhere). */
    String unknownSource(String id);
}
