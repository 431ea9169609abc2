package org.briefing.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.output.SiteWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub workflows in {@code .github/workflows/} have the shape the documentation promises:
 * their steps in order, their permissions and the inputs that matter. Action versions are only
 * required to be a major version of an official action, so a version bump needs no test change.
 */
class WorkflowTest {
    private static final Path WORKFLOWS = Path.of(".github/workflows");
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @Test
    void pullRequestsRunTheTestsAnnotateContentProblemsAndSummariseTheChangedClaims() {
        JsonNode pr = yaml.readTree(WORKFLOWS.resolve("pr.yml").toFile());
        assertEquals(List.of("pull_request"), names(pr.get("on")));
        assertEquals("{\"contents\":\"read\"}", pr.get("permissions").toString());
        JsonNode steps = pr.get("jobs").get("check").get("steps");
        List<String> kinds = kinds(steps);
        assertEquals(List.of("checkout", "setup-java"), kinds.subList(0, 2));
        assertFalse(steps.get(0).path("with").has("ref"), "the first checkout is the pull request's head");
        JsonNode java = steps.get(1).get("with");
        assertEquals("temurin", java.get("distribution").asString());
        assertEquals("25", java.get("java-version").asString(), "the newest JDK: the launcher then maps an AOT cache");
        assertEquals("maven", java.get("cache").asString());

        int browsers = index(steps, "CHROMIUM_BINARY=");
        int verify = index(steps, "mvn -B verify");
        int check = index(steps, "target/briefing check --format github");
        int diff = index(steps, "target/briefing diff ");
        int base = kinds.lastIndexOf("checkout");
        int upload = kinds.indexOf("upload-artifact");
        assertTrue(browsers < verify && verify < check && check < base && base < diff,
                "browsers, verify, check, base checkout, diff in that order: " + kinds);
        assertTrue(run(steps.get(browsers)).contains("CHROMEDRIVER="));

        JsonNode baseInputs = steps.get(base).get("with");
        assertEquals("${{ github.event.pull_request.base.sha }}", baseInputs.get("ref").asString());
        assertEquals("base", baseInputs.get("path").asString());
        assertEquals("target/briefing diff --base base --format markdown >> \"$GITHUB_STEP_SUMMARY\"", run(steps.get(diff)));
        assertTrue(steps.get(diff).get("if").asString().contains("!cancelled()"), "runs after a failed test step too");

        // The artifact is the offline build, which works once downloaded and opened from disk.
        int offline = index(steps, "bin/briefing build --offline --out target/site-offline");
        assertTrue(diff < offline && offline < upload, "the offline build comes before the upload: " + kinds);
        assertTrue(steps.get(offline).get("if").asString().contains("!cancelled()"), "runs after a failed test step too");
        assertEquals("always()", steps.get(upload).get("if").asString());
        assertEquals("site", steps.get(upload).get("with").get("name").asString());
        assertEquals("target/site-offline/", steps.get(upload).get("with").get("path").asString());
    }

    @Test
    void pushesToMainDeployToPagesWithOnlyTheDeployJobAllowedToWriteThere() {
        JsonNode pages = yaml.readTree(WORKFLOWS.resolve("pages.yml").toFile());
        assertEquals(List.of("push", "workflow_dispatch"), names(pages.get("on")));
        assertEquals("main", pages.get("on").get("push").get("branches").get(0).asString());
        assertEquals("{\"contents\":\"read\"}", pages.get("permissions").toString());
        assertEquals("pages", pages.get("concurrency").get("group").asString());

        JsonNode buildJob = pages.get("jobs").get("build");
        assertFalse(buildJob.has("permissions"), "the build job keeps the workflow's read-only permissions");
        JsonNode build = buildJob.get("steps");
        assertEquals(List.of("checkout", "setup-java", "configure-pages", "run", "run", "run", "upload-pages-artifact"),
                kinds(build));
        assertEquals("pages", build.get(2).get("id").asString());
        assertEquals("mvn -B package -Dsite.skip", run(build.get(3)));
        assertEquals("target/briefing build --base-url \"${{ steps.pages.outputs.base_url }}/\""
                + " --repo-url \"${{ github.server_url }}/${{ github.repository }}\"", run(build.get(4)));
        assertEquals("rm -f site/" + SiteWriter.MARKER, run(build.get(5)), "the marker file is not published");
        assertEquals("site", build.get(6).get("with").get("path").asString());

        JsonNode deploy = pages.get("jobs").get("deploy");
        assertEquals("build", deploy.get("needs").asString());
        assertEquals("{\"pages\":\"write\",\"id-token\":\"write\"}", deploy.get("permissions").toString());
        assertEquals("github-pages", deploy.get("environment").get("name").asString());
        assertEquals(List.of("deploy-pages"), kinds(deploy.get("steps")));
    }

    @Test
    void everyJobHasATimeoutAndEveryActionIsAnOfficialOnePinnedToAMajorVersion() {
        for (String file : List.of("pr.yml", "pages.yml")) {
            JsonNode workflow = yaml.readTree(WORKFLOWS.resolve(file).toFile());
            for (String job : names(workflow.get("jobs"))) {
                JsonNode j = workflow.get("jobs").get(job);
                int timeout = j.path("timeout-minutes").asInt(0);
                assertTrue(timeout > 0 && timeout <= 60, file + ": job " + job + " needs timeout-minutes (1-60)");
                for (JsonNode step : j.get("steps")) {
                    if (step.has("uses")) {
                        assertTrue(step.get("uses").asString().matches("actions/[a-z-]+@v\\d+"), file + ": " + step);
                    }
                }
            }
        }
    }

    @Test
    void checkoutsLeaveNoCredentialsBehind() {
        for (String file : List.of("pr.yml", "pages.yml")) {
            JsonNode workflow = yaml.readTree(WORKFLOWS.resolve(file).toFile());
            for (String job : names(workflow.get("jobs"))) {
                for (JsonNode step : workflow.get("jobs").get(job).get("steps")) {
                    if (step.path("uses").asString("").startsWith("actions/checkout@")) {
                        assertEquals("false", step.path("with").path("persist-credentials").asString(""), file + ": " + step);
                    }
                }
            }
        }
    }

    /** The index of the one run step whose command starts with {@code command}. */
    private static int index(JsonNode steps, String command) {
        int found = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).has("run") && run(steps.get(i)).contains(command)) {
                assertEquals(-1, found, "two steps run " + command);
                found = i;
            }
        }
        assertTrue(found >= 0, "no step runs " + command);
        return found;
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    /** Each step as the action it uses, without owner and version ("checkout"), or "run". */
    private static List<String> kinds(JsonNode steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(s.has("uses") ? s.get("uses").asString().replaceAll("^actions/|@.*$", "") : "run"));
        return out;
    }

    /** A step's run command, folded onto one line (a folded block scalar keeps a trailing newline). */
    private static String run(JsonNode step) {
        return step.get("run").asString().strip();
    }
}
