package org.briefing.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a relative link against the file it is written in, within a folder tree:
 * {@code RelativePath.resolve("a/b.md", "../c.md")} is {@code c.md}. Used for Markdown links
 * between pages and for links in the written site.
 */
public final class RelativePath {
    private RelativePath() {
    }

    /**
     * The path {@code rel} leads to from {@code fromFile} ({@code .} and empty segments dropped,
     * {@code ..} climbing), with no trailing slash; empty when it climbs above the top of the tree.
     */
    public static Optional<String> resolve(String fromFile, String rel) {
        List<String> parts = new ArrayList<>(List.of(fromFile.split("/")));
        parts.remove(parts.size() - 1);
        for (String seg : rel.split("/")) {
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Whether {@code rel} names a folder: it ends in {@code /}, {@code .} or {@code ..} as a segment. */
    public static boolean isFolder(String rel) {
        return rel.endsWith("/") || rel.equals(".") || rel.equals("..") || rel.endsWith("/.") || rel.endsWith("/..");
    }
}
