package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.Hardening;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.serve.PreviewServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links inside the root: a link under content/ or templates/ may point only inside the
 * same folder and never into .git, whatever the link's kind (page, fact, schema, asset, folder);
 * the input folders themselves may not lead out of the root; the output guard compares real paths.
 * Nothing a refused link points to is published, served or quoted.
 */
@Hardening
class SymlinkTest {
    private static final String PAGE = "---\ntitle: T\nlayout: page\n---\nText.\n";
    private static final String SECRET = "[core]\n\trepositoryformatversion = TOP-SECRET-TEXT\n";

    @TempDir
    Path tmp;
    private Path root;
    private TestSite site;

    @BeforeEach
    void gitFolder() throws IOException {
        root = tmp.resolve("root");
        site = TestSite.in(root).file("content/index.md", PAGE).file(".git/config", SECRET);
    }

    @Test
    void anAssetLinkedToGitConfigIsAnErrorAndNotCopied() throws IOException {
        Files.createSymbolicLink(root.resolve("templates/assets/x.css"), Path.of("../../.git/config"));
        assertEquals("templates/assets/x.css:1:1: error: symbolic link points into .git", TestSite.errors(site.build()));
        assertEquals("templates/assets/x.css:1:1: error: symbolic link points into .git", TestSite.errors(site.check()));
        assertNothingPublished();
    }

    @Test
    void aFactFileOrSchemaLinkedToAnUntrackedSecretIsAnErrorAndNeverQuoted() throws IOException {
        site.file("secret.txt", "{ TOP-SECRET-TEXT");
        Files.createDirectories(root.resolve("content/facts"));
        Files.createDirectories(root.resolve("content/schemas"));
        site.file("content/facts/x.yaml", "a: 1\n");
        Files.createSymbolicLink(root.resolve("content/schemas/x.schema.json"), Path.of("../../secret.txt"));
        Files.createSymbolicLink(root.resolve("content/facts/y.yaml"), Path.of("../../.git/config"));
        String errors = TestSite.errors(site.build());
        assertEquals("""
                content/facts/y.yaml:1:1: error: symbolic link points into .git
                content/schemas/x.schema.json:1:1: error: symbolic link points outside content/
                content/schemas/x.schema.json:1:1: error: symbolic link points outside content/""", errors);
        assertFalse(errors.contains("TOP-SECRET"));
        assertNothingPublished();
    }

    @Test
    void aLinkedFolderInsideContentLeadingIntoGitIsAnError() throws IOException {
        Files.createSymbolicLink(root.resolve("content/g"), Path.of("../.git"));
        assertEquals("content/g:1:1: error: symbolic link points into .git", TestSite.errors(site.build()));
    }

    @Test
    void templatesBeingALinkOutOfTheRootIsAnError() throws IOException {
        Path elsewhere = tmp.resolve("elsewhere");
        Files.move(root.resolve("templates"), elsewhere);
        Files.createSymbolicLink(root.resolve("templates"), elsewhere);
        assertEquals("templates:1:1: error: templates/ is a symbolic link to a folder outside the root",
                TestSite.errors(site.build()));
        assertFalse(Files.exists(site.site()));
    }

    @Test
    void contentBeingALinkIntoGitIsAnError() throws IOException {
        Files.move(root.resolve("content"), root.resolve(".git/content"));
        Files.createSymbolicLink(root.resolve("content"), Path.of(".git/content"));
        assertEquals("content:1:1: error: content/ is a symbolic link to a folder outside the root (into .git)\n"
                + "content/site.yaml:1:1: error: missing content/site.yaml", TestSite.errors(site.build()));
    }

    /** The output guard resolves links: an output folder reached through a link into content/ is refused. */
    @Test
    void anOutputFolderThroughALinkIntoTheInputIsRefused() throws IOException {
        Path link = tmp.resolve("out-link");
        Files.createSymbolicLink(link, root.resolve("content"));
        assertEquals("site:1:1: error: refusing to write the site into " + link.resolve("site")
                + ": it is inside the input", TestSite.errors(new Build().run(BuildOptions.build(root, link.resolve("site")))));
        Path rootLink = tmp.resolve("root-link");
        Files.createSymbolicLink(rootLink, root);
        assertEquals("root-link:1:1: error: refusing to write the site into " + rootLink.resolve("x/..")
                        + ": it is or contains " + root,
                TestSite.errors(new Build().run(BuildOptions.build(root, rootLink.resolve("x/..")))));
        assertEquals(java.util.List.of("content", "templates"), OutputSafetyTest.names(root).stream()
                .filter(n -> !n.equals(".git")).toList());
    }

    @Test
    void servePublishesNoLinkedSecret() throws Exception {
        Files.createSymbolicLink(root.resolve("templates/assets/x.css"), Path.of("../../.git/config"));
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(root, 0, false, new PrintWriter(log, true))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "assets/x.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertFalse(r.body().contains("TOP-SECRET"), r.body());
            assertTrue(r.statusCode() == 503 || r.statusCode() == 404, "status " + r.statusCode());
            assertTrue(log.toString().contains("templates/assets/x.css:1:1: error: symbolic link points into .git"), log.toString());
        }
    }

    private void assertNothingPublished() {
        if (Files.exists(site.site())) {
            for (String rel : TestSite.files(site.site())) {
                assertFalse(LiveContent.read(site.site().resolve(rel)).contains("TOP-SECRET-TEXT"), rel);
            }
        }
    }
}
