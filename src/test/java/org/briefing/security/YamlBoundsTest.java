package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefing.Hardening;
import org.briefing.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile YAML ends in one {@code path:line:col} error, fast and in bounded memory: aliases
 * ("billion laughs"), huge files, 10,000-deep nesting in block and flow style, bad encodings and
 * malformed syntax. Never an exception, never a stack trace.
 */
@Hardening
class YamlBoundsTest {
    private static final Duration FAST = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private String checkOne(String rel, String text) {
        return checkOne(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The errors of a check of a site whose only problem is {@code rel}. */
    private String checkOne(String rel, byte[] data) {
        TestSite site;
        try {
            site = TestSite.in(Files.createTempDirectory(tmp, "site")).bytes(rel, data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BuildResult r = assertTimeoutPreemptively(FAST, site::check);
        return TestSite.errors(r);
    }

    static String billionLaughs() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = "*" + (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, prev)))
                    .append("]\n");
        }
        return b.toString();
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() {
        assertEquals("content/facts/laughs.yaml:2:8: error: YAML aliases (*name) are not supported",
                checkOne("content/facts/laughs.yaml", billionLaughs()));
    }

    @Test
    void aliasesAreRefusedInSourcesAndFrontMatterToo() {
        assertEquals("content/sources.yaml:7:7: error: YAML aliases (*name) are not supported",
                checkOne("content/sources.yaml", """
                        - &s
                          id: a
                          title: T
                          publisher: P
                          date: 2024
                          kind: news
                        - <<: *s
                        """));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedUnread() throws IOException {
        Path big = tmp.resolve("content/facts/big.yaml");
        Files.createDirectories(big.getParent());
        byte[] line = "key: a value that repeats\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        long size = Files.size(big);
        TestSite site = TestSite.in(tmp);
        assertEquals("content/facts/big.yaml:1:1: error: file is " + size + " bytes; the limit is 4194304 bytes",
                TestSite.errors(assertTimeoutPreemptively(FAST, site::check)));
    }

    @Test
    void tenThousandLevelsOfBlockSequencesStopAtTheDepthLimit() {
        assertEquals("content/facts/deep.yaml:1:129: error: YAML nested deeper than 64 levels",
                checkOne("content/facts/deep.yaml", "- ".repeat(10_000) + "x\n"));
    }

    @Test
    void deepBlockMappingsStopAtTheDepthLimit() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append(" ".repeat(i)).append("k:\n");
        }
        b.append(" ".repeat(200)).append("v\n");
        assertEquals("content/facts/deep.yaml:65:65: error: YAML nested deeper than 64 levels",
                checkOne("content/facts/deep.yaml", b.toString()));
    }

    @Test
    void tenThousandLevelsOfFlowSequencesStopAtTheDepthLimit() {
        assertEquals("content/facts/deep.yaml:1:67: error: YAML nested deeper than 64 levels",
                checkOne("content/facts/deep.yaml", "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
    }

    @Test
    void tenThousandUnclosedFlowMappingsStopAtTheDepthLimit() {
        assertEquals("content/facts/deep.yaml:1:256: error: YAML nested deeper than 64 levels",
                checkOne("content/facts/deep.yaml", "x: " + "{a: ".repeat(10_000) + "\n"));
    }

    @Test
    void deepFrontMatterStopsAtTheDepthLimitOnItsFileLine() {
        assertEquals("content/index.md:3:67: error: YAML nested deeper than 64 levels",
                checkOne("content/index.md", "---\ntitle: T\nx: " + "[".repeat(10_000) + "\n---\nBody\n"));
    }

    @Test
    void latin1IsNotUtf8() {
        assertEquals("content/facts/latin.yaml:2:10: error: file is not valid UTF-8",
                checkOne("content/facts/latin.yaml", "a: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void binaryGarbageIsNotUtf8() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertEquals("content/sources.yaml:2:118: error: file is not valid UTF-8", checkOne("content/sources.yaml", all));
    }

    @Test
    void malformedYamlIsOneErrorAtTheProblem() {
        assertEquals("content/facts/bad.yaml:2:2: error: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence at line 1)",
                checkOne("content/facts/bad.yaml", "a: [1, 2\nb: }\n"));
    }

    @Test
    void tabIndentationIsOneErrorAtTheTab() {
        assertEquals("content/facts/tab.yaml:2:1: error: invalid YAML: found character '\\t(TAB)' that cannot start any "
                        + "token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)",
                checkOne("content/facts/tab.yaml", "a:\n\t- b\n"));
    }

    @Test
    void anUnclosedQuoteIsOneError() {
        assertEquals("content/index.md:2:8: error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at line 2)",
                checkOne("content/index.md", "---\ntitle: 'unterminated\n---\nBody\n"));
    }

    @Test
    void aNulCharacterIsOneErrorWithItsPosition() {
        assertEquals("content/facts/zero.yaml:2:6: error: invalid YAML: character U+0000 is not allowed",
                checkOne("content/facts/zero.yaml", "a: 1\nb: \"x\u0000y\"\n"));
    }

    @Test
    void aSecondDocumentIsRefusedNotSilentlyDropped() {
        assertEquals("content/facts/two.yaml:3:1: error: more than one YAML document in one file",
                checkOne("content/facts/two.yaml", "a: 1\n---\nb: 2\n"));
    }

    @Test
    void duplicateKeysAreOneErrorAtTheSecond() {
        assertEquals("content/facts/dup.yaml:3:1: error: duplicate key 'a'",
                checkOne("content/facts/dup.yaml", "a: 1\nb: 2\na: 3\n"));
        assertEquals("content/sources.yaml:3:3: error: duplicate key 'id'",
                checkOne("content/sources.yaml", "- id: a\n  title: T\n  id: b\n"));
    }

    @Test
    void anUnclosedFrontMatterIsOneError() {
        assertEquals("content/index.md:1:1: error: front matter is not closed",
                checkOne("content/index.md", "---\ntitle: T\nBody without the closing line\n"));
    }

    /**
     * The whole zoo at once, in a separate JVM limited to 64 MB of heap: it must finish in seconds
     * with every file reported and no stack trace.
     */
    @Test
    void everythingAtOnceFitsInSixtyFourMegabytesOfHeap() throws Exception {
        TestSite site = TestSite.in(tmp)
                .file("content/facts/laughs.yaml", billionLaughs())
                .file("content/facts/deepflow.yaml", "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
                .file("content/facts/deepblock.yaml", "- ".repeat(10_000) + "x\n")
                .file("content/facts/deepmap.yaml", "x: " + "{a: ".repeat(10_000) + "\n")
                .file("content/index.md", "---\ntitle: T\n---\n" + "> ".repeat(16_000) + "deep quote\n")
                .file("content/list.md", "---\ntitle: L\n---\n" + "- ".repeat(16_000) + "deep list\n")
                .bytes("content/facts/latin.yaml", "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path big = tmp.resolve("content/facts/big.yaml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[50 * 1024 * 1024]);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Xss512k", "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main",
                "check", "--root", site.root.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), text);
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("Error:"), text);
        for (String f : List.of("laughs", "deepflow", "deepblock", "deepmap", "latin", "big")) {
            assertTrue(text.contains("content/facts/" + f + ".yaml:"), f + " reported:\n" + text);
        }
        assertTrue(text.contains("content/index.md:4:1: error: the Markdown is nested too deeply to render"), text);
        assertTrue(text.contains("content/list.md:4:1: error: the Markdown is nested too deeply to render"), text);
    }
}
