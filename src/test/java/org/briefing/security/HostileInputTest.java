package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.Hardening;
import org.briefing.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd input that once crashed, hung or slipped through: each is now a positioned error, or harmless. */
@Hardening
class HostileInputTest {
    private static final String PAGE = "---\ntitle: T\nlayout: page\n---\nText.\n";
    /** What must never reach a terminal: controls other than tab and line feed, and bidi overrides. */
    private static final Pattern RAW = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.in(tmp.resolve("root")).file("content/index.md", PAGE);
    }

    /** The YAML numbers JSON cannot hold; their other spellings ({@code -.Inf}, {@code .NaN}) are plain text. */
    @Test
    void infinityAndNotANumberAreErrorsWhereTheyStand() {
        TestSite s = site().file("content/schemas/x.schema.json", "{\"type\": \"object\"}")
                .file("content/schemas/y.schema.json", "{\"type\": \"object\"}")
                .file("content/schemas/z.schema.json", "{\"type\": \"object\"}")
                .file("content/facts/x.yaml", "a: 1\nb:\n  c: .inf\n")
                .file("content/facts/y.yaml", "list:\n  - 1\n  -   -.inf\n  - -.Inf\n")
                .file("content/facts/z.yaml", "n: .nan\nm: .NaN\n");
        assertEquals("""
                content/facts/x.yaml:3:6: error: '.inf' is not a number the site can use
                content/facts/y.yaml:3:7: error: '-.inf' is not a number the site can use
                content/facts/z.yaml:1:4: error: '.nan' is not a number the site can use""", TestSite.errors(s.check()));
    }

    @Test
    void windowsDeviceNamesAndBackslashesAreErrors() {
        TestSite s = site().file("content/CON.md", PAGE).file("content/a\\b.md", PAGE).file("content/nul.md", PAGE)
                .file("content/Com1.txt.md", PAGE).file("content/aux/page.md", PAGE)
                .file("content/console.md", PAGE).file("templates/assets/lpt9.css", "p{}")
                .file("content/what?.md", PAGE).file("content/dot./x.md", PAGE);
        assertEquals("""
                content/CON.md:1:1: error: file name 'CON.md' is reserved on Windows (a device name)
                content/Com1.txt.md:1:1: error: file name 'Com1.txt.md' is reserved on Windows (a device name)
                content/a\\b.md:1:1: error: file name 'a\\b.md' has a backslash, which Windows reads as a folder separator
                content/aux:1:1: error: file name 'aux' is reserved on Windows (a device name)
                content/dot.:1:1: error: file name 'dot.' ends in a dot or space, which Windows drops
                content/nul.md:1:1: error: file name 'nul.md' is reserved on Windows (a device name)
                content/what?.md:1:1: error: file name 'what?.md' has a character Windows does not allow in names
                templates/assets/lpt9.css:1:1: error: file name 'lpt9.css' is reserved on Windows (a device name)""",
                TestSite.errors(s.build()));
    }

    /** A schema whose $ref leads back to itself used to end the build with "internal error: StackOverflowError". */
    @Test
    void aCyclicSchemaReferenceIsOneDiagnosticAndKeepsTheOthers() {
        TestSite s = site().file("content/schemas/x.schema.json", "{\"type\": \"object\", \"required\": [\"b\"]}")
                .file("content/facts/x.yaml", "a: 1\n")
                .file("content/schemas/y.schema.json", "{\"$ref\": \"#\"}")
                .file("content/facts/y.yaml", "a: 1\n")
                .file("content/schemas/z.schema.json", "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}},"
                        + " \"$ref\": \"#/$defs/a\"}")
                .file("content/facts/z.yaml", "a: 1\n")
                .file("content/bad.md", "---\ntitle: T\nlayout: page\n---\n[x](nowhere.md)\n");
        assertEquals("""
                content/bad.md:5:5: error: link to missing page 'nowhere.md'
                content/facts/x.yaml:1:1: error: schema: required property 'b' not found
                content/schemas/y.schema.json:1:1: error: schema cannot be used: its $ref references form a cycle
                content/schemas/z.schema.json:1:1: error: schema cannot be used: its $ref references form a cycle""",
                TestSite.errors(s.build()));
    }

    /**
     * Control characters written as YAML escapes, in keys and values, in titles and summaries: the
     * terminal sees none of them raw, feed.xml stays well-formed XML, and pages carry none.
     */
    @Test
    void controlCharactersInYamlReachNeitherTheTerminalNorTheFeed() throws Exception {
        TestSite s = site()
                .file("content/site.yaml", TestSite.SITE_YAML.replace("title: Test briefing", "title: \"Brief\\a\\x85ing\""))
                .file("content/news.md", "---\ntitle: \"bell\\a and \\e[31mred\\x0b\\u202Eevil\"\nlayout: page\ndate: 2024-01-01\n"
                        + "summary: \"s\\x0c\\x1b]0;pwned\\x07\"\n---\nText.\n")
                .file("content/bad.md", "---\ntitle: T\n\"k\\e[2J\\r\\nforged: line\": 1\nlayout: page\n---\nText.\n")
                .file("content/\u001b[31mred.md", PAGE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--root", s.root.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code);
        String printed = out + "" + err;
        assertFalse(RAW.matcher(printed).find(), printed);
        assertTrue(printed.contains("content/\\u001B[31mred.md:1:1: error: file name '\\u001B[31mred.md' has a character"
                + " Windows does not allow in names"), printed);
        assertTrue(printed.contains("content/bad.md:3:1: error: unknown key 'k\uFFFD[2J\uFFFD\nforged: line'".replace("\n", "\\u000A")),
                printed);

        s.file("content/bad.md", PAGE).bytes("content/\u001b[31mred.md", new byte[0]);
        Files.delete(s.root.resolve("content/\u001b[31mred.md"));
        assertEquals("", TestSite.errors(s.build()));
        byte[] feed = Files.readAllBytes(s.site().resolve("feed.xml"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed)); // well-formed
        String feedText = new String(feed, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(feedText.contains("<title>bell\uFFFD and \uFFFD[31mred\uFFFD\u202Eevil</title>"), feedText);
        for (String rel : TestSite.files(s.site())) {
            String text = LiveContent.read(s.site().resolve(rel));
            assertFalse(Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]").matcher(text).find(), rel);
        }
    }
}
