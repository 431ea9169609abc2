package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates are sandboxed: no class instantiation, no {@code ?api}, no Java methods on model
 * values; and the project's own templates never evaluate or unescape text.
 */
class TemplateSandboxTest {
    @TempDir
    Path tmp;

    private String buildWith(String template) throws IOException {
        TestSite site = TestSite.in(Files.createTempDirectory(tmp, "site"))
                .file("content/index.md", "---\ntitle: T\nlayout: evil\n---\nText.\n")
                .file("content/schemas/figures.schema.json", "{\"type\": \"object\"}")
                .file("content/facts/figures.yaml", "troops: 11000\nshare: 0.5\nname: x\n")
                .file("templates/evil.ftlh", template);
        return TestSite.errors(site.build());
    }

    @org.briefing.Hardening
    @Test
    void classesCannotBeInstantiated() throws IOException {
        assertEquals("templates/evil.ftlh:1:4: error: Instantiating freemarker.template.utility.Execute is not allowed in the"
                + " template for security reasons.",
                buildWith("<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>\n"));
        assertEquals("templates/evil.ftlh:1:1: error: Instantiating freemarker.template.utility.ObjectConstructor is not"
                + " allowed in the template for security reasons.",
                buildWith("<#assign c = \"freemarker.template.utility.ObjectConstructor\"?new()>${c(\"java.io.File\", \"/\")}\n"));
    }

    @org.briefing.Hardening
    @Test
    void theApiBuiltInIsOff() throws IOException {
        assertEquals("templates/evil.ftlh:1:6: error: Can't use ?api, because the \"api_builtin_enabled\" configuration"
                + " setting is false. Think twice before you set it to true though. Especially, it shouldn't abused for"
                + " modifying Map-s and Collection-s. The blamed expression: ==> site?api",
                buildWith("<p>${site?api.getClass()}</p>\n"));
    }

    @org.briefing.Hardening
    @Test
    void modelValuesExposeNoJavaMethods() throws IOException {
        for (String expr : List.of("page.title", "data.figures.troops", "site", "data.figures.share", "pages",
                "page.content", "cite", "rel")) {
            String errors = buildWith("<p>${" + expr + ".getClass().getClassLoader()}</p>\n");
            assertTrue(errors.startsWith("templates/evil.ftlh:1:6: error: ") && errors.lines().count() == 1,
                    expr + " -> " + errors);
        }
    }

    @org.briefing.Hardening
    @Test
    void aTemplatePrintingADataValueAsALinkIsCheckedLikeMarkdown() throws IOException {
        TestSite site = TestSite.in(Files.createTempDirectory(tmp, "site"))
                .file("content/index.md", "---\ntitle: T\nlayout: evil\n---\nText.\n")
                .file("content/schemas/figures.schema.json", "{\"type\": \"object\"}")
                .file("content/facts/figures.yaml", "url: \"JaVa\\tScript:alert(1)\"\n")
                .file("templates/evil.ftlh", "<#import \"base.ftlh\" as base>\n<@base.layout>\n"
                        + "<a href=\"${data.figures.url}\">source</a>\n</@base.layout>\n");
        assertEquals("content/index.md:1:1: error: link 'JaVa\tScript:alert(1)' uses a scheme that is not allowed"
                + " (in the built index.html)", TestSite.errors(site.build()));
        assertTrue(Files.notExists(site.site()));
    }

    /** Words that would evaluate content as a template or print it unescaped. */
    private static final Pattern FORBIDDEN = Pattern.compile("\\?(interpret|eval|eval_json|no_esc|new|api)\\b|<#noautoesc|<#outputformat");
    /**
     * The only scripts a template may hold: the site's own {@code assets/*.js}, and the JSON-LD
     * block, whose {@code page.jsonld} the generator escapes for a script element ({@code Json}).
     */
    private static final Pattern OWN_SCRIPT = Pattern.compile("\\s*(<script src=\"\\$\\{root}assets/[a-z0-9-]+\\.js\" defer>"
            + "|<script type=\"application/ld\\+json\">\\$\\{page\\.jsonld})</script>\\s*");
    /** {@code attr=${...}} without quotes: escaping cannot protect an unquoted attribute. */
    private static final Pattern UNQUOTED = Pattern.compile("[a-zA-Z-]+=\\$\\{");

    @Test
    void theProjectTemplatesNeverEvaluateOrUnescapeText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TestSite.TEMPLATES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern bad : List.of(FORBIDDEN, UNQUOTED)) {
                        Matcher m = bad.matcher(lines.get(i));
                        if (m.find()) {
                            problems.add(p.getFileName() + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                    if (lines.get(i).contains("<script") && !OWN_SCRIPT.matcher(lines.get(i)).matches()) {
                        problems.add(p.getFileName() + ":" + (i + 1) + ": script other than assets/*.js");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
