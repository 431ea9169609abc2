package org.briefing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.Hardening;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No content path escapes the root (symbolic links, {@code ..}, absolute links), and names that
 * collide on a case-insensitive file system, or with files the build makes, are errors.
 */
@Hardening
class PathSafetyTest {
    private static final String PAGE = "---\ntitle: T\nlayout: page\n---\nText.\n";
    private static final String SECRET = "---\ntitle: Secret\nlayout: page\n---\nTOP-SECRET-TEXT\n";

    @TempDir
    Path tmp;
    Path root;
    Path outside;

    @BeforeEach
    void sites() throws IOException {
        root = tmp.resolve("root");
        outside = tmp.resolve("outside");
        Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outside.resolve("secret.md"), SECRET);
        Files.writeString(outside.resolve("dir/secret.md"), SECRET);
        Files.writeString(outside.resolve("secret.yaml"), "a: TOP-SECRET-TEXT\n");
    }

    private void assertNothingLeaked(TestSite site) {
        if (Files.exists(site.site())) {
            for (String rel : TestSite.files(site.site())) {
                assertFalse(LiveContent.read(site.site().resolve(rel)).contains("TOP-SECRET-TEXT"), rel);
            }
        }
    }

    @Test
    void aSymlinkedPageLeavingTheRootIsRefused() throws IOException {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE);
        Files.createSymbolicLink(root.resolve("content/leak.md"), outside.resolve("secret.md"));
        assertEquals("content/leak.md:1:1: error: symbolic link points outside content/", TestSite.errors(site.build()));
        assertNothingLeaked(site);
    }

    @Test
    void aSymlinkedFolderLeavingTheRootIsRefused() throws IOException {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE);
        Files.createSymbolicLink(root.resolve("content/sub"), outside.resolve("dir"));
        assertEquals("content/sub:1:1: error: symbolic link points outside content/", TestSite.errors(site.build()));
        assertNothingLeaked(site);
    }

    @Test
    void aSymlinkedFactFileLeavingTheRootIsRefused() throws IOException {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE);
        Files.createDirectories(root.resolve("content/facts"));
        Files.createSymbolicLink(root.resolve("content/facts/leak.yaml"), outside.resolve("secret.yaml"));
        assertEquals("content/facts/leak.yaml:1:1: error: symbolic link points outside content/",
                TestSite.errors(site.build()));
    }

    @Test
    void contentItselfAsASymlinkLeavingTheRootIsRefused() throws IOException {
        TestSite site = TestSite.in(root);
        Path real = outside.resolve("content");
        Files.move(root.resolve("content"), real);
        Files.writeString(real.resolve("index.md"), SECRET);
        Files.createSymbolicLink(root.resolve("content"), real);
        assertEquals("""
                content:1:1: error: content/ is a symbolic link to a folder outside the root
                content/site.yaml:1:1: error: missing content/site.yaml""", TestSite.errors(site.build()));
        assertNothingLeaked(site);
    }

    @Test
    void aSymlinkedAssetLeavingTheRootIsRefused() throws IOException {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE);
        Files.createSymbolicLink(root.resolve("templates/assets/leak.txt"), outside.resolve("secret.yaml"));
        assertEquals("templates/assets/leak.txt:1:1: error: symbolic link points outside templates/",
                TestSite.errors(site.build()));
        assertNothingLeaked(site);
    }

    @Test
    void aSymlinkedTemplateLeavingTheRootIsNotLoaded() throws IOException {
        Files.writeString(outside.resolve("evil.ftlh"), "<p>TOP-SECRET-TEXT</p>");
        TestSite site = TestSite.in(root).file("content/index.md", "---\ntitle: T\nlayout: evil\n---\nText.\n");
        Files.createSymbolicLink(root.resolve("templates/evil.ftlh"), outside.resolve("evil.ftlh"));
        assertEquals("templates/evil.ftlh:1:1: error: template (or one it imports) is a symbolic link leading outside"
                + " templates/", TestSite.errors(site.build()));
        assertNothingLeaked(site);
    }

    @Test
    void aSymlinkInsideContentIsFollowed() throws IOException {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE).file("content/notes/shared.md", PAGE);
        Files.createSymbolicLink(root.resolve("content/shared.md"), Path.of("notes/shared.md"));
        assertEquals("", TestSite.errors(site.build()));
        assertTrue(Files.exists(site.site().resolve("shared/index.html")));
    }

    /** Inside the root is not enough: an untracked file beside content/ may be a secret. */
    @Test
    void aSymlinkLeavingContentForTheRootIsRefused() throws IOException {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE).file("notes/secret.yaml", "token: TOP-SECRET-TEXT\n");
        Files.createSymbolicLink(root.resolve("content/shared.md"), Path.of("../notes/secret.yaml"));
        Files.createDirectories(root.resolve("content/facts"));
        Files.createSymbolicLink(root.resolve("content/facts/x.yaml"), Path.of("../../notes/secret.yaml"));
        assertEquals("content/facts/x.yaml:1:1: error: symbolic link points outside content/\n"
                + "content/shared.md:1:1: error: symbolic link points outside content/", TestSite.errors(site.build()));
        assertNothingLeaked(site);
    }

    @Test
    void linksCannotClimbOutOfContent() {
        TestSite site = TestSite.in(root).file("content/index.md", """
                ---
                title: T
                layout: page
                ---
                [up](../../../etc/passwd.md) [abs](/etc/passwd) [file](file:///etc/passwd)
                """);
        assertEquals("""
                content/index.md:5:6: error: link to missing page '../../../etc/passwd.md'
                content/index.md:5:36: error: root-absolute link '/etc/passwd' breaks when the site is served under a sub-path
                content/index.md:5:56: error: link target 'file:///etc/passwd' uses a scheme that is not allowed""",
                TestSite.errors(site.build()));
    }

    @Test
    void pagesDifferingOnlyInCaseCollide() {
        TestSite site = TestSite.in(root).file("content/About.md", PAGE).file("content/about.md", PAGE);
        assertEquals("content/about.md:1:1: error: page URL 'about/' collides with content/About.md",
                TestSite.errors(site.build()));
    }

    @Test
    void pagesNamedLikeGeneratedFilesAreRefused() {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE);
        for (String name : List.of("Assets", "DATA", "Sources", "feed.xml", "sitemap.xml", "robots.txt", "404.html")) {
            site.file("content/" + name + ".md", PAGE);
        }
        assertEquals("""
                content/404.html.md:1:1: error: page URL '404.html/' is reserved for generated files
                content/Assets.md:1:1: error: page URL 'Assets/' is reserved for generated files
                content/DATA.md:1:1: error: page URL 'DATA/' is reserved for generated files
                content/Sources.md:1:1: error: page URL 'Sources/' is reserved for generated files
                content/feed.xml.md:1:1: error: page URL 'feed.xml/' is reserved for generated files
                content/robots.txt.md:1:1: error: page URL 'robots.txt/' is reserved for generated files
                content/sitemap.xml.md:1:1: error: page URL 'sitemap.xml/' is reserved for generated files""",
                TestSite.errors(site.build()));
        assertFalse(Files.exists(site.site()));
        assertFalse(Files.exists(root.resolve(".site.partial")));
    }

    @Test
    void factFilesWritingTheSameDataFileCollide() {
        TestSite site = TestSite.in(root).file("content/index.md", PAGE)
                .file("content/facts/x.yaml", "a: 1\n").file("content/facts/x.yml", "a: 2\n")
                .file("content/facts/sources.yaml", "a: 3\n")
                .file("content/schemas/x.schema.json", "{\"type\": \"object\"}");
        assertEquals("""
                content/facts/sources.yaml:1:1: error: fact file name 'sources' collides with the source registry in data/sources.json
                content/facts/x.yml:1:1: error: fact file name 'x' collides with content/facts/x.yaml in data/x.json""",
                TestSite.errors(site.build()));
    }

    @Test
    void schemaReferencesAreNeverFetched() throws IOException {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/x.json";
            TestSite site = TestSite.in(root).file("content/index.md", PAGE)
                    .file("content/facts/x.yaml", "a: 1\nb: 2\n")
                    .file("content/schemas/x.schema.json", "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \""
                            + remote + "\"}, \"b\": {\"$ref\": \"" + outside.resolve("secret.yaml").toUri() + "\"}}}");
            assertEquals("content/schemas/x.schema.json:1:1: error: schema cannot be used: java.io.FileNotFoundException: "
                    + remote, TestSite.errors(site.build()));
            listener.setSoTimeout(200);
            assertThrows(java.net.SocketTimeoutException.class, listener::accept, "the build connected to " + remote);
        }
    }
}
