package org.briefing.diag;

/** A place in an input file: root-relative path with forward slashes, 1-based line and column. */
public record Position(String path, int line, int column) {

    public static Position startOf(String path) {
        return new Position(path, 1, 1);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
