package org.briefing.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The GitHub workflows in {@code .github/workflows/} have the shape the README promises. */
class WorkflowTest {
    private static final Path WORKFLOWS = Path.of(".github/workflows");
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @Test
    void pullRequestsRunTheTestsThenAnnotateContentProblems() {
        JsonNode pr = yaml.readTree(WORKFLOWS.resolve("pr.yml").toFile());
        assertEquals(List.of("pull_request"), names(pr.get("on")));
        JsonNode steps = pr.get("jobs").get("check").get("steps");
        assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4", "actions/upload-artifact@v4"), uses(steps));
        JsonNode java = step(steps, "actions/setup-java@v4").get("with");
        assertEquals("temurin", java.get("distribution").asString());
        assertEquals("17", java.get("java-version").asString());
        assertEquals("maven", java.get("cache").asString());
        List<String> runs = runs(steps);
        assertEquals(List.of("mvn -B verify", "bin/briefing check --format github",
                        "bin/briefing build --offline --out target/site-offline"),
                runs.subList(runs.size() - 3, runs.size()));
        assertTrue(runs.get(0).contains("CHROMIUM_BINARY=") && runs.get(0).contains("CHROMEDRIVER="), runs.get(0));
        assertEquals("target/site-offline/", step(steps, "actions/upload-artifact@v4").get("with").get("path").asString());
    }

    @Test
    void pushesToMainDeployToPagesWithTheirBaseUrl() {
        JsonNode pages = yaml.readTree(WORKFLOWS.resolve("pages.yml").toFile());
        assertEquals(List.of("push", "workflow_dispatch"), names(pages.get("on")));
        assertEquals("main", pages.get("on").get("push").get("branches").get(0).asString());
        assertEquals("write", pages.get("permissions").get("pages").asString());
        assertEquals("write", pages.get("permissions").get("id-token").asString());
        assertEquals("pages", pages.get("concurrency").get("group").asString());

        JsonNode build = pages.get("jobs").get("build").get("steps");
        assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4", "actions/configure-pages@v5",
                "actions/upload-pages-artifact@v3"), uses(build));
        assertEquals("pages", step(build, "actions/configure-pages@v5").get("id").asString());
        assertEquals(List.of("mvn -B package -Dsite.skip",
                "bin/briefing build --base-url \"${{ steps.pages.outputs.base_url }}/\""
                        + " --repo-url \"${{ github.server_url }}/${{ github.repository }}\""), runs(build));
        assertEquals("site", step(build, "actions/upload-pages-artifact@v3").get("with").get("path").asString());

        JsonNode deploy = pages.get("jobs").get("deploy");
        assertEquals("build", deploy.get("needs").asString());
        assertEquals("github-pages", deploy.get("environment").get("name").asString());
        assertEquals(List.of("actions/deploy-pages@v4"), uses(deploy.get("steps")));
    }

    @Test
    void everyActionIsPinnedToAMajorVersion() {
        for (String file : List.of("pr.yml", "pages.yml")) {
            JsonNode workflow = yaml.readTree(WORKFLOWS.resolve(file).toFile());
            for (String job : names(workflow.get("jobs"))) {
                for (String action : uses(workflow.get("jobs").get(job).get("steps"))) {
                    assertTrue(action.matches("actions/[a-z-]+@v\\d+"), file + ": " + action);
                }
            }
        }
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static List<String> uses(JsonNode steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> {
            if (s.has("uses")) {
                out.add(s.get("uses").asString());
            }
        });
        return out;
    }

    /** The run commands, folded onto one line each (a folded block scalar keeps a trailing newline). */
    private static List<String> runs(JsonNode steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> {
            if (s.has("run")) {
                out.add(s.get("run").asString().strip());
            }
        });
        return out;
    }

    private static JsonNode step(JsonNode steps, String uses) {
        for (JsonNode s : steps) {
            if (uses.equals(s.path("uses").asString(""))) {
                return s;
            }
        }
        throw new AssertionError("no step uses " + uses);
    }
}
