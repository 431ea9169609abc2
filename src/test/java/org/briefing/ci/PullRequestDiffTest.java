package org.briefing.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.Hardening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The pull-request workflow's claims summary, end to end on a scratch repository: a base commit
 * and a head commit, checked out as the workflow checks them out (the head, and the base in the
 * folder the workflow names), then the workflow's own diff step run by bash, as the runner runs
 * it, with {@code target/briefing} standing for this build of the generator. Hardening: it runs
 * git and a child JVM, so it waits for {@code mvn verify}.
 */
@Hardening
class PullRequestDiffTest {
    private static final String SITE = "title: T\ndescription: D\nlanguage: en\n";
    private static final String SOURCES = """
            - id: nis
              title: Briefing
              publisher: NIS
              date: 2024-10-18
              kind: intelligence
              reliability: %s
            """;
    private static final String FACTS = """
            quantities:
              - id: containers
                label: Containers
                value: %d
                comparator: more-than
                claimant: NIS
                status: claimed
                sources: [nis]
            """;
    private static final String PAGE = """
            ---
            title: Shipments
            ---
            ## Containers

            The NIS %s that {{< fact containers >}} containers were shipped [@nis].
            """;

    @TempDir
    Path tmp;

    @Test
    void theDiffStepWritesTheChangedClaimsOfAPullRequestIntoTheJobSummary() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        git(repo, "init", "-q");
        commit(repo, "F", 13000, "claimed");
        String base = git(repo, "rev-parse", "HEAD").strip();
        commit(repo, "B", 15000, "said");
        String head = git(repo, "rev-parse", "HEAD").strip();

        JsonNode steps = YAMLMapper.builder().build().readTree(Path.of(".github/workflows/pr.yml").toFile())
                .get("jobs").get("check").get("steps");
        JsonNode checkoutBase = find(steps, "uses", "actions/checkout@", "ref");
        assertEquals("${{ github.event.pull_request.base.sha }}", checkoutBase.get("with").get("ref").asString());
        String diffStep = find(steps, "run", "target/briefing diff", null).get("run").asString();

        // What actions/checkout does: the head at the workspace root, the base in its 'path'.
        Path workspace = tmp.resolve("workspace");
        git(tmp, "clone", "-q", repo.toString(), workspace.toString());
        git(workspace, "checkout", "-q", head);
        Path baseDir = workspace.resolve(checkoutBase.get("with").get("path").asString());
        git(tmp, "clone", "-q", repo.toString(), baseDir.toString());
        git(baseDir, "checkout", "-q", base);
        launcher(workspace.resolve("target/briefing"));

        Path summary = tmp.resolve("summary.md");
        Files.writeString(summary, "Earlier steps' summary.\n");
        run(workspace, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "bash", "-e", "-c", diffStep);

        assertEquals("""
                Earlier steps' summary.
                ## Changed claims

                3 changes, grouped by kind and by page.

                ### Figures and values

                - **changed**: containers (content/facts/shipments.yaml:4:12)
                  - value: more than 13,000 → more than 15,000

                ### Sources

                - **changed**: nis (content/sources.yaml:1:3)
                  - reliability: F → B

                ### content/shipments.md

                #### Containers

                - **hedge lost** (claimed) (content/shipments.md:6:1)
                  - was: The NIS claimed that more than 13,000 containers were shipped.
                  - now: The NIS said that more than 15,000 containers were shipped.

                """, Files.readString(summary));
    }

    private void commit(Path repo, String grade, int containers, String verb) throws Exception {
        write(repo.resolve("content/site.yaml"), SITE);
        write(repo.resolve("content/sources.yaml"), SOURCES.formatted(grade));
        write(repo.resolve("content/facts/shipments.yaml"), FACTS.formatted(containers));
        write(repo.resolve("content/shipments.md"), PAGE.formatted(verb));
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "version");
    }

    /** target/briefing for this test: the generator's classes as compiled, on this JVM. */
    private static void launcher(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        write(file, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.briefing.cli.Main \"$@\"\n");
        file.toFile().setExecutable(true);
    }

    private static JsonNode find(JsonNode steps, String key, String prefix, String withInput) {
        for (JsonNode s : steps) {
            if (s.path(key).asString("").startsWith(prefix) && (withInput == null || s.path("with").has(withInput))) {
                return s;
            }
        }
        throw new AssertionError("no step with " + key + " " + prefix);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(dir, Map.of("GIT_CONFIG_NOSYSTEM", "1", "HOME", dir.toString()), command.toArray(String[]::new));
    }

    private static String run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
