package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of sameness: seeded random sequences of edits (page text, a title, a heading, a source, a
 * fact, a template, a page added, deleted or renamed), and after every step the cached build and
 * the preview's in-place rebuild are byte-identical to a clean build, with the same diagnostics.
 * Each case is named by its seed, so a failure can be replayed.
 */
class CacheSamenessIT {
    private static final int STEPS = 14;

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> randomEditSequences() {
        return IntStream.of(1, 2, 3, 5, 8, 13).mapToObj(seed ->
                DynamicTest.dynamicTest("seed " + seed, () -> run(seed)));
    }

    private void run(long seed) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("seed-" + seed));
        Path root = CommandLineTest.copyGolden(dir);
        Path cache = dir.resolve("cache");
        Path live = dir.resolve("live");
        Rebuilds preview = new Rebuilds(BuildOptions.build(root, live));
        preview.build(live, null);
        Editor editor = new Editor(root, new Random(seed));
        for (int step = 0; step < STEPS; step++) {
            Set<String> changed = editor.edit();
            String where = "seed " + seed + ", step " + step + " (" + editor.last + ")";
            Path clean = dir.resolve("clean-" + step);
            Path cached = dir.resolve("cached-" + step);
            BuildResult expected = new Build().run(BuildOptions.build(root, clean));
            BuildResult fromCache = new Build().run(BuildOptions.build(root, cached).withCache(cache));
            BuildResult rebuilt = preview.build(live, changed);
            assertEquals(texts(expected), texts(fromCache), where + ": cached diagnostics");
            assertEquals(texts(expected), texts(rebuilt), where + ": preview diagnostics");
            if (expected.written()) {
                assertSameTree(where + ": cached build", clean, cached);
                assertSameTree(where + ": preview", clean, live);
            }
            // A second cached build with nothing changed renders nothing and still matches.
            Path again = dir.resolve("again-" + step);
            BuildResult warm = new Build().run(BuildOptions.build(root, again).withCache(cache));
            if (expected.written()) {
                assertEquals(List.of(), warm.rendered(), where + ": warm build");
                assertSameTree(where + ": warm build", clean, again);
            }
        }
    }

    private static void assertSameTree(String where, Path expected, Path actual) throws IOException {
        assertEquals(GoldenSiteTest.files(expected), GoldenSiteTest.files(actual), where);
        for (String f : GoldenSiteTest.files(expected)) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), where + ": " + f);
        }
    }

    private static List<String> texts(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toText).toList();
    }

    /** Makes one random edit a reviewer could make, and says which files it touched. */
    private static final class Editor {
        private final Path root;
        private final Random random;
        private final List<String> added = new ArrayList<>();
        private int counter;
        String last = "";

        Editor(Path root, Random random) {
            this.root = root;
            this.random = random;
        }

        Set<String> edit() throws IOException {
            counter++;
            return switch (random.nextInt(9)) {
                case 0 -> pageText();
                case 1 -> title();
                case 2 -> heading();
                case 3 -> replace("content/sources.yaml", "title: A wire story", "title: A wire story, revised " + counter,
                        "source");
                case 4 -> replace("content/facts/figures.yaml", "value: 1500", "value: 15" + counter, "fact");
                case 5 -> append("templates/page.ftlh", "<#-- revision " + counter + " -->\n", "template");
                case 6 -> addPage();
                case 7 -> deletePage();
                default -> renamePage();
            };
        }

        private List<String> pages() throws IOException {
            try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
                return walk.filter(p -> p.toString().endsWith(".md"))
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            }
        }

        private Set<String> pageText() throws IOException {
            String page = pick(pages());
            String source = random.nextBoolean() ? "wire-story" : "agency-report-2024";
            return append(page, "\nAnother claim " + counter + " [@" + source + "].\n", "text of " + page);
        }

        private Set<String> title() throws IOException {
            String page = pick(pages());
            Path file = root.resolve(page);
            String text = Files.readString(file);
            Files.writeString(file, text.replaceFirst("title: ([^\\n]*)", "title: $1 " + counter));
            last = "title of " + page;
            return Set.of(page);
        }

        private Set<String> heading() throws IOException {
            String page = pick(pages());
            return append(page, "\n## Part " + counter + "\n\nText.\n", "heading in " + page);
        }

        private Set<String> addPage() throws IOException {
            String page = "content/extra-" + counter + ".md";
            Files.writeString(root.resolve(page), "---\ntitle: Extra " + counter + "\nweight: " + counter
                    + "\n---\nSee [the scope](about.md#scope) and the wire [@wire-story].\n");
            added.add(page);
            last = "added " + page;
            return Set.of(page);
        }

        private Set<String> deletePage() throws IOException {
            if (added.isEmpty()) {
                return addPage();
            }
            String page = added.remove(random.nextInt(added.size()));
            Files.delete(root.resolve(page));
            last = "deleted " + page;
            return Set.of(page);
        }

        private Set<String> renamePage() throws IOException {
            if (added.isEmpty()) {
                return addPage();
            }
            String from = added.remove(random.nextInt(added.size()));
            String to = "content/renamed-" + counter + ".md";
            Files.move(root.resolve(from), root.resolve(to));
            added.add(to);
            last = "renamed " + from + " to " + to;
            return new HashSet<>(List.of(from, to));
        }

        private Set<String> append(String file, String text, String what) throws IOException {
            Path p = root.resolve(file);
            Files.writeString(p, Files.readString(p) + text);
            last = what;
            return Set.of(file);
        }

        private Set<String> replace(String file, String from, String to, String what) throws IOException {
            Path p = root.resolve(file);
            String text = Files.readString(p);
            String now = text.contains(from) ? text.replace(from, to) : text.replaceFirst("(title|value): ([^\\n]*)", "$1: $2");
            if (now.equals(text) && file.endsWith("figures.yaml")) {
                now = text.replaceFirst("value: (\\d+)", "value: $1" + (counter % 10));
            } else if (now.equals(text)) {
                now = text.replaceFirst("title: A wire story[^\\n]*", "title: A wire story, revised " + counter);
            }
            Files.writeString(p, now);
            last = what;
            return Set.of(file);
        }

        private String pick(List<String> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
