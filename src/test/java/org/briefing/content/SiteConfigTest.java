package org.briefing.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** site.yaml: the branch of "edit this page" links. */
class SiteConfigTest {
    private final Diagnostics out = new Diagnostics();

    private SiteConfig read(String yaml) {
        YamlReader.Result r = new YamlReader().read("content/site.yaml", yaml, 0);
        return SiteConfigReader.read(r.document(), out);
    }

    @Test
    void branchDefaultsToMain() {
        assertEquals("main", read("title: T\n").repoBranch());
        assertEquals(List.of(), out.sorted());
    }

    @Test
    void branchIsTakenFromSiteYaml() {
        assertEquals("release/2025", read("title: T\nrepo_branch: release/2025\n").repoBranch());
        assertEquals(List.of(), out.sorted());
    }

    @Test
    void aBranchThatCannotBeOneIsAnError() {
        assertEquals("main", read("title: T\nrepo_branch: ../x\n").repoBranch());
        read("title: T\nrepo_branch: a b\n");
        assertEquals(List.of(
                "content/site.yaml:2:14: error: repo_branch '../x' is not a branch name\n"
                        + "  hint: e.g. main or gh-pages: letters, digits, '.', '_', '-' and '/'",
                "content/site.yaml:2:14: error: repo_branch 'a b' is not a branch name\n"
                        + "  hint: e.g. main or gh-pages: letters, digits, '.', '_', '-' and '/'"),
                out.sorted().stream().map(Diagnostic::toText).toList());
    }
}
