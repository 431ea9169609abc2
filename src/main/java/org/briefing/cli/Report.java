package org.briefing.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefing.diag.Diagnostic;

/** Prints diagnostics in the chosen format, then a count. */
final class Report {
    enum Format { text, github }

    private Report() {
    }

    /**
     * Text goes to standard error, like a compiler's; GitHub annotations go to standard output,
     * the stream the Actions runner reads workflow commands from.
     */
    static void print(List<Diagnostic> diagnostics, Format format, PrintWriter out, PrintWriter err) {
        print(diagnostics, format, format == Format.github ? out : err);
    }

    /** The format named on the command line. */
    static Format format(String name) throws CommandLine.UsageError {
        for (Format f : Format.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new CommandLine.UsageError("--format must be text or github, not '" + name + "'");
    }

    static void print(List<Diagnostic> diagnostics, Format format, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            err.println(format == Format.github ? d.toGithub() : d.toText());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
        }
        err.flush();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
