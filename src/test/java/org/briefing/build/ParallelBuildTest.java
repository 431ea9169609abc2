package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.briefing.Hardening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel rendering must not change a byte: a generated 200-page site (citations, footnotes
 * called twice, tables, links between pages and to their headings) built on the common pool and
 * on a single thread gives identical output files.
 */
@Hardening
class ParallelBuildTest {
    private static final int PAGES = 200;
    private static final int SOURCES = 40;

    @TempDir
    Path dir;

    @Test
    void parallelBuildIsByteIdenticalToSingleThreaded() throws Exception {
        Path root = dir.resolve("root");
        writeSite(root);

        BuildResult parallel = new Build().run(BuildOptions.build(root, dir.resolve("parallel")));
        ForkJoinPool one = new ForkJoinPool(1);
        BuildResult single;
        try {
            // Parallel streams run in the pool that invokes them: here, one thread.
            single = one.submit(() -> new Build().run(BuildOptions.build(root, dir.resolve("single")))).get();
        } finally {
            one.shutdown();
        }

        assertFalse(parallel.hasErrors(), () -> parallel.diagnostics().toString());
        assertEquals(single.diagnostics(), parallel.diagnostics());
        TreeMap<String, byte[]> a = files(dir.resolve("parallel"));
        TreeMap<String, byte[]> b = files(dir.resolve("single"));
        assertEquals(b.keySet(), a.keySet());
        assertTrue(a.containsKey("briefs/brief-200/index.html"));
        for (String name : a.keySet()) {
            assertEquals(new String(b.get(name), StandardCharsets.UTF_8), new String(a.get(name), StandardCharsets.UTF_8), name);
        }
    }

    private static TreeMap<String, byte[]> files(Path out) throws IOException {
        TreeMap<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return all;
    }

    /** A seeded site: same seed, same files. */
    private static void writeSite(Path root) throws IOException {
        Random rng = new Random(20240501);
        write(root.resolve("content/site.yaml"), "title: \"Parallel test\"\ndescription: \"Generated.\"\nlanguage: en\n");
        StringBuilder sources = new StringBuilder();
        for (int s = 1; s <= SOURCES; s++) {
            sources.append("- id: src-").append(s).append("\n  title: \"Source ").append(s)
                    .append("\"\n  publisher: \"Publisher ").append(s % 7).append("\"\n  date: \"20")
                    .append(10 + s % 15).append("-0").append(1 + s % 9).append("\"\n  kind: news\n");
            if (s % 3 != 0) {
                sources.append("  url: https://example.org/source/").append(s).append("\n  accessed: 2024-10-20\n");
            }
        }
        write(root.resolve("content/sources.yaml"), sources.toString());
        write(root.resolve("content/index.md"), "---\ntitle: Home\nsummary: All briefs.\nlayout: page\n---\n\nSee [the first brief](briefs/brief-001.md#section-1).\n");
        for (int i = 1; i <= PAGES; i++) {
            write(root.resolve(String.format("content/briefs/brief-%03d.md", i)), page(rng, i));
        }
        try (Stream<Path> templates = Files.walk(Path.of("templates"))) {
            for (Path t : templates.filter(Files::isRegularFile).toList()) {
                write(root.resolve(t.toString()), Files.readString(t));
            }
        }
    }

    private static String page(Random rng, int i) {
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: \"Brief ").append(i).append("\"\ndate: 2024-0").append(1 + i % 9).append('-')
                .append(String.format("%02d", 1 + i % 28)).append("\nsummary: \"Summary of brief ").append(i).append(".\"\n---\n\n");
        int notes = 3 + rng.nextInt(6);
        int sections = 4 + rng.nextInt(3);
        for (int s = 1; s <= sections; s++) {
            b.append("## Section ").append(s).append("\n\n");
            for (int p = 0; p < 2 + rng.nextInt(3); p++) {
                b.append("Words of *paragraph* ").append(p).append(" on **page** ").append(i).append('.');
                int note = 1 + rng.nextInt(notes);
                b.append("[^").append(s <= notes ? s : note).append(']');
                b.append(" More text citing a source [@src-").append(1 + rng.nextInt(SOURCES));
                if (rng.nextInt(4) == 0) {
                    b.append(", p. ").append(1 + rng.nextInt(50));
                }
                b.append("]. A [link](https://example.org/").append(i).append('/').append(p).append(')');
                int other = 1 + rng.nextInt(PAGES);
                b.append(" and [another brief](brief-").append(String.format("%03d", other)).append(".md#section-")
                        .append(1 + rng.nextInt(4)).append(").\n\n");
            }
            if (s == 2) {
                b.append("- one item [@src-").append(1 + rng.nextInt(SOURCES)).append("; @src-")
                        .append(1 + rng.nextInt(SOURCES)).append("]\n- two items\n\n");
            }
            if (s == 3) {
                b.append("| Indicator | 2023 | 2024 |\n|---|---:|---:|\n| Level | ").append(rng.nextInt(1000))
                        .append(" | ").append(rng.nextInt(1000)).append(" |\n\n");
            }
        }
        for (int n = 1; n <= notes; n++) {
            b.append("[^").append(n).append("]: Note ").append(n).append(", see [source](https://example.org/n/")
                    .append(n).append(").\n");
        }
        return b.toString();
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

}
