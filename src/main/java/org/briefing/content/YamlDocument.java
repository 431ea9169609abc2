package org.briefing.content;

import java.util.Map;
import org.briefing.diag.Position;
import tools.jackson.databind.JsonNode;

/**
 * A parsed YAML file: its tree and, for every node, where it stood in the file.
 * Positions are keyed by JSON Pointer ({@code /figures/0/value}); {@code ""} is the root.
 */
public record YamlDocument(String path, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {

    /** Where the value at {@code pointer} starts; falls back to its nearest ancestor, then the file start. */
    public Position valueAt(String pointer) {
        String p = pointer;
        while (true) {
            Position at = values.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return Position.startOf(path);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key naming {@code pointer} stands, or the value position if it has no key. */
    public Position keyAt(String pointer) {
        Position at = keys.get(pointer);
        return at != null ? at : valueAt(pointer);
    }

    /** Escapes one JSON Pointer segment. */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
