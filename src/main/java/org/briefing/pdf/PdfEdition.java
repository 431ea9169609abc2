package org.briefing.pdf;

/**
 * The PDF edition of a whole briefing: {@code byte[] pdf = PdfEdition.render(edition)}. Loaded
 * only by a build that writes a PDF, so {@code check} and the preview never pay for it.
 */
public final class PdfEdition {
    private PdfEdition() {
    }

    /** Thrown when the PDF cannot be made; the message is one line for a diagnostic. */
    public static final class Failure extends Exception {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static byte[] render(Edition edition) throws Failure {
        return render(edition, SettledChapters.NONE);
    }

    /** As {@link #render(Edition)}, taking each chapter already settled from {@code settled} when it holds it. */
    public static byte[] render(Edition edition, SettledChapters settled) throws Failure {
        return render(edition, settled, true);
    }

    /** As above; {@code keepWidths} false measures every text run each time (for tests). */
    static byte[] render(Edition edition, SettledChapters settled, boolean keepWidths) throws Failure {
        try {
            return PdfRenderer.render(EditionMarkup.of(edition), edition, settled, keepWidths);
        } catch (PdfRenderer.Failure e) {
            throw new Failure(e.getMessage(), e);
        }
    }
}
