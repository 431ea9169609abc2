package org.briefing.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.LineIndex;
import org.briefing.diag.Position;
import org.briefing.html.Html;

/** Reads an input file as strict UTF-8 with LF line ends, refusing oversized or undecodable files. */
public final class TextFile {
    /** Largest input file accepted, in bytes. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** First and last character the generator reserves for its own placeholders (see {@link #reserve}). */
    public static final char FIRST_RESERVED = '\u0001';
    public static final char LAST_RESERVED = '\u0008';

    private TextFile() {
    }

    /** The text, or an error diagnostic for {@code relPath}. */
    public sealed interface Read permits Text, Failure {
    }

    public record Text(String text) implements Read {
    }

    public record Failure(Diagnostic error) implements Read {
    }

    public static Read read(Path file, String relPath) {
        // One open file for its size and its bytes: 10,000 pages are 10,000 of each.
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file);
             java.io.InputStream in = java.nio.channels.Channels.newInputStream(channel)) {
            long size = channel.size();
            byte[] bytes = size > MAX_BYTES ? new byte[0] : in.readNBytes((int) MAX_BYTES + 1);
            if (size > MAX_BYTES || bytes.length > MAX_BYTES) {
                return new Failure(Diagnostic.error(Position.startOf(relPath),
                        "file is " + Math.max(size, bytes.length) + " bytes; the limit is " + MAX_BYTES + " bytes",
                        "split it into smaller files"));
            }
            return decode(bytes, relPath);
        } catch (IOException e) {
            return new Failure(Diagnostic.error(Position.startOf(relPath), "cannot read file: " + e.getMessage()));
        }
    }

    static Read decode(byte[] bytes, String relPath) {
        // Fast path: the JDK's lenient decoder is several times quicker than a strict one; it turns
        // a bad byte into U+FFFD, so a text without U+FFFD was valid. Only then is one scan of the
        // bytes enough to tell whether anything needs cleaning.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new Failure(Diagnostic.error(firstBadByte(bytes, relPath), "file is not valid UTF-8",
                        "save it as UTF-8"));
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Text(needsCleaning(bytes) ? reserve(text.replace("\r\n", "\n").replace('\r', '\n')) : text);
    }

    /**
     * Whether the bytes hold a CR or a reserved character: U+0001..U+0008 are those bytes in
     * UTF-8, and U+E000..U+E00F start with 0xEE (so a false alarm costs only the slow path).
     */
    private static boolean needsCleaning(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= FIRST_RESERVED && b <= LAST_RESERVED || b == '\r' || b == (byte) 0xEE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The generator marks note placeholders in rendered HTML with C0 control characters (U+0001..U+0004
     * today, U+0001..U+0008 reserved); the same characters in a title or summary would let content
     * inject note markup, even into attribute values, so every input file, and every YAML string (an
     * escape can make them after the file was checked), has them replaced by U+FFFD. So have the
     * private-use characters U+E000..U+E00F that earlier versions used.
     */
    static String reserve(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (reserved(text.charAt(i))) {
                StringBuilder b = new StringBuilder(text);
                for (int j = i; j < b.length(); j++) {
                    if (reserved(b.charAt(j))) {
                        b.setCharAt(j, '\uFFFD');
                    }
                }
                return b.toString();
            }
        }
        return text;
    }

    /**
     * A YAML key or string value as the site may carry it: besides the reserved characters of
     * {@link #reserve}, every character HTML and XML cannot carry ({@link Html#forbidden}: C0 and
     * C1 controls, which a YAML escape such as {@code "\a"} or {@code "\x85"} makes) and lone
     * surrogates ({@code "\uD800"}) become U+FFFD; so titles and summaries never make feed.xml
     * ill-formed nor reach a terminal as escape sequences.
     */
    public static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unwanted(text, i)) {
                char[] a = text.toCharArray();
                for (int j = i; j < a.length; j++) {
                    if (unwanted(text, j)) {
                        a[j] = Html.REPLACEMENT;
                    }
                }
                return new String(a);
            }
        }
        return text;
    }

    private static boolean unwanted(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return reserved(c) || Html.forbidden(c);
    }

    private static boolean reserved(char c) {
        return c >= FIRST_RESERVED && c <= LAST_RESERVED || c >= '\uE000' && c <= '\uE00F';
    }

    /** Line and column of the first byte that is not UTF-8, so the reviewer can find it. */
    private static Position firstBadByte(byte[] bytes, String relPath) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        return new LineIndex(relPath, out, 1).at(out.length());
    }
}
