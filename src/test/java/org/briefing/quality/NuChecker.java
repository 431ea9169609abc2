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
        try {
            // A fresh validator per file: it keeps state between documents.
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, errors);
            validator.setUpValidatorAndParsers(errors, false, false);
            if (css) {
                validator.checkCssFile(file.toFile(), true);
            } else {
                validator.checkHtmlFile(file.toFile(), true);
            }
        } catch (SAXParseException e) {
            errors.add(e);
        } catch (IOException | SAXException e) {
            errors.messages.add("0:0: the checker could not read the file: " + e);
        } catch (Exception e) {
            // setUpMainSchema declares Exception; a broken checker must fail the test, not pass it.
            throw new IllegalStateException("the Nu Html Checker could not start", e);
        }
        return List.copyOf(errors.messages);
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
