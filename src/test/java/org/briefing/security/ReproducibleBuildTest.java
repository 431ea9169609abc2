package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefing.Hardening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes: two child JVMs with different time zones, locales (Turkish, whose
 * dotted and dotless i break naive case folding), default charsets, root folders and file
 * creation order build byte-identical sites; SOURCE_DATE_EPOCH is the only date shown.
 */
@Hardening
class ReproducibleBuildTest {
    private static final String EPOCH = "1729209600"; // 2024-10-18T00:00:00Z

    @TempDir
    Path tmp;

    private static Map<String, String> content() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", TestSite.SITE_YAML);
        files.put("content/sources.yaml", """
                - id: nis-briefing-2024-10-18
                  title: "İstihbarat brifingi: Kuzey Kore"
                  publisher: 국가정보원
                  date: 2024-10-18
                  kind: intelligence
                  url: https://example.org/nis
                  accessed: 2024-10-20
                  reliability: B
                - id: zeta-report
                  title: Zeta report
                  publisher: Zeta
                  date: 2024-11
                  kind: news
                """);
        files.put("content/schemas/figures.schema.json", "{\"type\": \"object\"}");
        files.put("content/facts/figures.yaml", "troops: 11000\napprox: true\nas_of: 2024-12-01\n");
        files.put("content/index.md", "---\ntitle: Home\nlayout: page\n---\nTroops [@nis-briefing-2024-10-18, p. 4].\n");
        for (String title : List.of("Istanbul", "ılık", "İzmir", "iğne", "Zürich", "Ärger", "북한", "apple", "Apple")) {
            String slug = "p" + Integer.toHexString(title.hashCode());
            files.put("content/" + slug + ".md", "---\ntitle: " + title + "\nlayout: page\ndate: 2024-10-0" + (title.length() % 9 + 1)
                    + "\n---\n# İçindekiler\n\nText[^n] [@zeta-report; @nis-briefing-2024-10-18].\n\n[^n]: Note.\n");
        }
        files.put("content/nested/deeper/page.md", "---\ntitle: Deep\nlayout: page\nupdated: 2024-12\n---\nSee [home](../../index.md).\n");
        return files;
    }

    private static Path write(Path root, List<Map.Entry<String, String>> files) throws IOException {
        TestSite.copyTree(TestSite.TEMPLATES, root.resolve("templates"));
        for (Map.Entry<String, String> f : files) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    private static String build(Path root, Map<String, String> env, List<String> jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main", "build", "--root",
                root.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void twoBuildsInDifferentEnvironmentsAreByteIdentical() throws Exception {
        List<Map.Entry<String, String>> files = new ArrayList<>(content().entrySet());
        Path a = write(tmp.resolve("a"), files);
        List<Map.Entry<String, String>> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        Path b = write(tmp.resolve("second-root-with-another-name"), reversed);

        build(a, Map.of("TZ", "UTC", "LANG", "C", "LC_ALL", "C", "SOURCE_DATE_EPOCH", EPOCH),
                List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC"));
        build(b, Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8",
                        "SOURCE_DATE_EPOCH", EPOCH),
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=America/St_Johns",
                        "-Dfile.encoding=ISO-8859-1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"));

        Map<String, byte[]> siteA = OutputSafetyTest.snapshot(a.resolve("site"));
        Map<String, byte[]> siteB = OutputSafetyTest.snapshot(b.resolve("site"));
        assertEquals(siteA.keySet(), siteB.keySet());
        assertTrue(siteA.size() > 15, "a real site was built: " + siteA.keySet());
        siteA.forEach((k, v) -> assertArrayEquals(v, siteB.get(k), k));

        for (Map.Entry<String, byte[]> f : siteA.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains(a.toString()) || text.contains(tmp.toString()), f.getKey() + " holds an absolute path");
            // The PDF is binary: its bytes may be CR, but it is compared byte for byte above.
            assertFalse(!f.getKey().endsWith(".pdf") && text.contains("\r"), f.getKey() + " has CR line ends");
        }
        String home = new String(siteA.get("index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("Built 2024-10-18."), "the build date comes from SOURCE_DATE_EPOCH");
    }

    @Test
    void withoutSourceDateEpochNoBuildDateIsShown() throws Exception {
        Path a = write(tmp.resolve("a"), new ArrayList<>(content().entrySet()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TZ", "UTC");
        build(a, env, List.of());
        for (Map.Entry<String, byte[]> f : OutputSafetyTest.snapshot(a.resolve("site")).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("Built "), f.getKey());
            assertFalse(text.contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()), f.getKey());
        }
    }
}
