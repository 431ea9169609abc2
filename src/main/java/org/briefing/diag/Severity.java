package org.briefing.diag;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings fail only under {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in diagnostics: {@code error} or {@code warning}. */
    public String word() {
        return this == ERROR ? "error" : "warning";
    }
}
