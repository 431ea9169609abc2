package org.briefing.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) run in-process on one file at a time.
 * Usage: {@code List<String> errors = new NuChecker().htmlErrors(file);} Only errors count; its
 * warnings and info messages are advice. Not thread-safe: one instance per thread.
 */
final class NuChecker {
    /** Where the validator reports: the collector of the file being checked. */
    private final Relay relay = new Relay();
    private SimpleDocumentValidator validator;

    /** Each error as {@code line:col: message}, in document order; empty when the file is valid. */
    List<String> htmlErrors(Path file) {
        return run(file, false);
    }

    /** The same for a CSS file, checked by the checker's CSS validator. */
    List<String> cssErrors(Path file) {
        return run(file, true);
    }

    private List<String> run(Path file, boolean css) {
        Collector errors = new Collector();
        relay.to = errors;
        try {
            if (css) {
                validator().checkCssFile(file.toFile(), true);
            } else {
                validator().checkHtmlFile(file.toFile(), true);
            }
        } catch (SAXParseException e) {
            errors.add(e);
        } catch (IOException | SAXException e) {
            errors.messages.add("0:0: the checker could not read the file: " + e);
        }
        return List.copyOf(errors.messages);
    }

    /**
     * The validator, set up on first use and then kept: compiling the HTML schema is most of the
     * checker's cost, and its own command-line client likewise sets up once and checks file after
     * file (each check starts a new document).
     */
    private SimpleDocumentValidator validator() {
        if (validator == null) {
            try {
                SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
                v.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, relay);
                v.setUpValidatorAndParsers(relay, false, false);
                validator = v;
            } catch (Exception e) {
                // setUpMainSchema declares Exception; a broken checker must fail the test, not pass it.
                throw new IllegalStateException("the Nu Html Checker could not start", e);
            }
        }
        return validator;
    }

    /** Passes every report on to the current file's collector. */
    private static final class Relay implements ErrorHandler {
        private ErrorHandler to;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            to.warning(e);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            to.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            to.fatalError(e);
        }
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();

        void add(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            // Advice, not an error.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }
    }
}
