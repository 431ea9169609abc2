package org.briefing.output;

/** Where a build puts files; paths are relative to the output root, with forward slashes. */
public interface Output {

    void write(String path, byte[] bytes);

    default void write(String path, String text) {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
