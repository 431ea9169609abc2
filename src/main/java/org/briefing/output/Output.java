package org.briefing.output;

/** Where a build puts files; paths are relative to the output root, with forward slashes. */
public interface Output {

    void write(String path, byte[] bytes);

    default void write(String path, String text) {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} with {@code name} naming them: two writes under one name write the same
     * bytes, so an output that keeps names ({@link SiteWriter}) can later tell a file it holds
     * without the bytes being made again ({@link #holds}).
     */
    default void write(String path, byte[] bytes, String name) {
        write(path, bytes);
    }

    /**
     * Whether the output already holds {@code path} with the bytes {@code name} names; if so it
     * counts as written. An output that keeps no names holds nothing.
     */
    default boolean holds(String path, String name) {
        return false;
    }

    /**
     * Where the output path {@code path} lands under the folder {@code dir}; empty when it would
     * leave the folder ({@code ..}, an absolute path, a backslash) or name the folder itself.
     */
    static java.util.Optional<java.nio.file.Path> file(java.nio.file.Path dir, String path) {
        java.nio.file.Path target = dir.resolve(path).normalize();
        return !target.startsWith(dir) || target.equals(dir) || path.contains("\\")
                ? java.util.Optional.empty() : java.util.Optional.of(target);
    }

    /** An output that keeps nothing: {@code check} runs every phase but writes no file. */
    Output NONE = (path, bytes) -> { };
}
