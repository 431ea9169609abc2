package org.briefing.content;

/**
 * A page file no longer holds what an earlier look at it showed: it changed while the build was
 * using it. The build stops with an error at {@link #path()} rather than mix two versions of it.
 */
public final class ContentChanged extends RuntimeException {
    private final String path;

    public ContentChanged(String path) {
        super(path + " changed while the build was reading it", null, false, false);
        this.path = path;
    }

    /** The page file, root-relative. */
    public String path() {
        return path;
    }

    /** The first {@code ContentChanged} in {@code e}'s chain of causes, if any. */
    public static java.util.Optional<ContentChanged> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ContentChanged c) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
