package org.briefing.output;

/** Where a build puts files; paths are relative to the output root, with forward slashes. */
public interface Output {

    void write(String path, byte[] bytes);

    default void write(String path, String text) {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An output that keeps nothing: {@code check} runs every phase but writes no file. */
    Output NONE = (path, bytes) -> { };
}
