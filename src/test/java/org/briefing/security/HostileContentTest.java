package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.briefing.build.BuildResult;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every payload of {@code hostile/payloads.txt} in every place content can put text: Markdown
 * bodies, link targets, front matter, sources.yaml fields and fact values. Each build either
 * succeeds, and then nothing in the output would run ({@link LiveContent}), or refuses with
 * ordinary content errors; it never crashes.
 */
class HostileContentTest {
    /** Errors a hostile page may legitimately get: refusals, not crashes. */
    private static final Pattern REFUSAL = Pattern.compile(
            "link target '.*' uses a scheme that is not allowed"
            + "|'(url|archive_url)' must be an http or https URL, not '.*'"
            + "|link to missing (page|anchor) .*|root-absolute link .*|undefined footnote .*"
            + "|unknown source .*|link '.*' leads to a missing (file|anchor).*", Pattern.DOTALL);

    @TempDir
    Path tmp;

    static List<String> payloads() throws IOException {
        try (InputStream in = HostileContentTest.class.getResourceAsStream("/hostile/payloads.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(unescape(line));
                }
            }
            return out;
        }
    }

    @Test
    void theCorpusIsBigEnough() throws IOException {
        assertTrue(payloads().size() >= 40, "at least 40 payloads, found " + payloads().size());
    }

    @Hardening
    @TestFactory
    Stream<DynamicTest> payloadsInYamlAndFrontMatterAreShownAsText() throws IOException {
        List<String> all = payloads();
        return all.stream().map(p -> DynamicTest.dynamicTest("yaml #" + all.indexOf(p) + " " + p, () -> {
            Path root = Files.createTempDirectory(tmp, "yaml");
            TestSite site = TestSite.in(root)
                    .file("content/index.md", "---\ntitle: " + TestSite.yaml(p) + "\nsummary: " + TestSite.yaml(p)
                            + "\nlayout: facts\ndate: 2024-10-18\n---\nIntro cites [@hostile, p. 4].\n")
                    .file("content/sources.yaml", "- id: hostile\n  title: " + TestSite.yaml(p) + "\n  publisher: "
                            + TestSite.yaml(p) + "\n  author: " + TestSite.yaml(p) + "\n  kind: " + TestSite.yaml(p)
                            + "\n  date: 2024-10-18\n  url: https://example.org/a\n  accessed: 2024-10-20\n  note: " + TestSite.yaml(p) + "\n")
                    .file("content/facts/hostile.yaml", "value: " + TestSite.yaml(p) + "\nlist: [" + TestSite.yaml(p) + "]\n")
                    .file("content/schemas/hostile.schema.json", "{\"type\": \"object\"}")
                    .file("templates/facts.ftlh", FACTS_LAYOUT);
            BuildResult r = site.build();
            assertEquals("", TestSite.errors(r));
            assertEquals(List.of(), LiveContent.in(site.site()));
            String page = LiveContent.read(site.site().resolve("index.html"));
            assertTrue(page.contains("<span class=\"fact\">"), "the fact layout was used");
        }));
    }

    @Hardening
    @TestFactory
    Stream<DynamicTest> payloadsInMarkdownAreEscapedOrRefused() throws IOException {
        List<String> all = payloads();
        return all.stream().flatMap(p -> Stream.of(
                dynamic("body #" + all.indexOf(p) + " " + p, p + "\n\n# " + p + "\n\n- " + p + "\n\n> " + p
                        + "\n\n| h |\n|---|\n| " + p + " |\n\n*" + p + "* `" + p + "`\n\nSay [@ok, " + p + "].\n"),
                dynamic("link #" + all.indexOf(p) + " " + p, "[text](" + p + ") ![alt](" + p + ") <" + p
                        + "> [r]\n\n[r]: " + p + "\n"),
                dynamic("footnote #" + all.indexOf(p) + " " + p, "Note[^n].\n\n[^n]: " + p + "\n")));
    }

    private DynamicTest dynamic(String name, String body) {
        return DynamicTest.dynamicTest(name, () -> {
            Path root = Files.createTempDirectory(tmp, "md");
            TestSite site = TestSite.in(root)
                    .file("content/index.md", "---\ntitle: Hostile\nlayout: page\n---\n" + body)
                    .file("content/sources.yaml", OK_SOURCE);
            assertBuiltSafelyOrRefused(site, site.build());
        });
    }

    @Hardening
    @TestFactory
    Stream<DynamicTest> payloadsAsSourceUrlsAreRefusedOrSafe() throws IOException {
        List<String> all = payloads();
        return all.stream().map(p -> DynamicTest.dynamicTest("url #" + all.indexOf(p) + " " + p, () -> {
            Path root = Files.createTempDirectory(tmp, "url");
            TestSite site = TestSite.in(root)
                    .file("content/index.md", "---\ntitle: Hostile\nlayout: page\n---\nSee [@ok].\n")
                    .file("content/sources.yaml", OK_SOURCE + "  url: " + TestSite.yaml(p) + "\n  archive_url: "
                            + TestSite.yaml(p) + "\n");
            BuildResult r = site.build();
            assertBuiltSafelyOrRefused(site, r);
            assertTrue(r.hasErrors(), "no payload is an http(s) URL, so each must be refused");
        }));
    }

    @org.briefing.Hardening
    @Test
    void aJavascriptLinkIsReportedAtItsPosition() throws IOException {
        TestSite site = TestSite.in(tmp)
                .file("content/index.md", "---\ntitle: T\nlayout: page\n---\nA [link](JaVa&#x09;Script:alert(1)).\n"
                        + "\n<javascript:alert(2)>\n\n[r]: vbscript:x\n");
        assertEquals("""
                content/index.md:5:10: error: link target 'JaVa&#x09;Script:alert(1)' uses a scheme that is not allowed
                content/index.md:7:2: error: link target 'javascript:alert(2)' uses a scheme that is not allowed
                content/index.md:9:6: error: link target 'vbscript:x' uses a scheme that is not allowed""",
                TestSite.errors(site.build()));
        assertFalse(Files.exists(site.site()), "a refused build writes nothing");
    }

    @org.briefing.Hardening
    @Test
    void rawHtmlIsShownAsTextExactly() throws IOException {
        TestSite site = TestSite.in(tmp)
                .file("content/index.md", "---\ntitle: T\nlayout: page\n---\n<img src=x onerror=alert(1)> <b>bold</b>\n");
        assertEquals("", TestSite.errors(site.build()));
        String page = LiveContent.read(site.site().resolve("index.html"));
        assertTrue(page.contains("<p>&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;</p>"), page);
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutInlineScript() throws IOException {
        TestSite site = TestSite.in(tmp)
                .file("content/index.md", "---\ntitle: T\nlayout: page\n---\nText.\n");
        assertEquals("", TestSite.errors(site.build()));
        for (String rel : TestSite.files(site.site())) {
            if (rel.endsWith(".html")) {
                var csp = org.jsoup.Jsoup.parse(LiveContent.read(site.site().resolve(rel)))
                        .select("head > meta[http-equiv=Content-Security-Policy]");
                assertEquals(1, csp.size(), rel);
                String policy = csp.attr("content");
                assertTrue(policy.contains("script-src 'self'"), rel + ": " + policy);
                assertTrue(policy.contains("object-src 'none'"), rel + ": " + policy);
                assertTrue(policy.contains("base-uri 'none'"), rel + ": " + policy);
                assertFalse(policy.contains("data:"), rel + ": content never needs data: URLs: " + policy);
                assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), rel + ": " + policy);
            }
        }
    }

    @Test
    void theRealBriefingHasNothingLive() {
        org.briefing.build.RealBriefing.Built real = org.briefing.build.RealBriefing.get();
        assertEquals("", TestSite.errors(real.result()));
        assertEquals(List.of(), LiveContent.in(real.site()));
    }

    private static void assertBuiltSafelyOrRefused(TestSite site, BuildResult r) {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        for (Diagnostic d : errors) {
            assertTrue(d.path().startsWith("content/") && REFUSAL.matcher(d.message()).matches(),
                    "not a refusal: " + d.toText());
        }
        if (errors.isEmpty()) {
            assertEquals(List.of(), LiveContent.in(site.site()));
        } else {
            assertFalse(Files.exists(site.site()), "a refused build writes nothing");
        }
    }

    private static final String OK_SOURCE = """
            - id: ok
              title: A source
              publisher: A publisher
              date: 2024-10-18
              kind: news
            """;

    /** Prints fact values as text, in attributes and in a link, as a careless template author might. */
    private static final String FACTS_LAYOUT = """
            <#import "base.ftlh" as base>
            <@base.layout>
            <h1 title="${page.title}">${page.title}</h1>
            <p data-x='${page.summary}'>${page.summary}</p>
            <span class="fact">${data.hostile.value}</span>
            <#list data.hostile.list as v><i title="${v}">${v}</i></#list>
            ${page.content}
            </@base.layout>
            """;

    static String unescape(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                b.append(c);
                continue;
            }
            char n = line.charAt(i + 1);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '\\' -> b.append('\\');
                case 'u' -> {
                    b.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                default -> {
                    b.append(c);
                    continue;
                }
            }
            i++;
        }
        return b.toString();
    }
}
