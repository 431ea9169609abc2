package org.briefing.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An output in memory that, like the site writer with a spare site, holds the files of the output
 * before it by name: {@link #holds} takes a file over when the name is the one it was written
 * under. {@link #made} lists the files written, not held.
 */
public final class HeldOutput implements Output {
    public final Map<String, byte[]> files = new TreeMap<>();
    public final List<String> made = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final HeldOutput last;

    /** Holding the files of {@code last}, or none when it is null. */
    public HeldOutput(HeldOutput last) {
        this.last = last;
    }

    @Override
    public synchronized void write(String path, byte[] bytes) {
        files.put(path, bytes);
        made.add(path);
    }

    @Override
    public synchronized void write(String path, byte[] bytes, String name) {
        write(path, bytes);
        names.put(path, name);
    }

    @Override
    public synchronized boolean holds(String path, String name) {
        if (last == null || !name.equals(last.names.get(path))) {
            return false;
        }
        files.put(path, last.files.get(path));
        names.put(path, name);
        return true;
    }

    /** The files as text, by path. */
    public synchronized Map<String, String> text() {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}
