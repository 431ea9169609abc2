package org.briefing.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path checked before it meets the file system: percent-decoded exactly once, then
 * refused if any segment is {@code .} or {@code ..}, holds a backslash, a colon or a NUL, or if
 * the encoding is malformed. What is left is a list of plain names under the output folder.
 * E.g. {@code RequestPath.parse("/deployment/")} -> segments {@code [deployment]}, directory.
 */
record RequestPath(List<String> segments, boolean directory) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    /** The checked path, or empty when the raw path must be answered with 400 Bad Request. */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
                    || segment.indexOf(':') >= 0 || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(new RequestPath(segments, path.endsWith("/")));
    }

    /** The segments joined with slashes, no leading slash: {@code deployment/index.html}. */
    String relative() {
        return String.join("/", segments);
    }

    /** Percent-decoding of a path (a {@code +} stays a plus); empty if malformed or not UTF-8. */
    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
