package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.briefing.Hardening;
import org.briefing.lang.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that never ends is stopped at its limit with its position; a macro library is no page. */
class TemplateBoundsTest {
    @TempDir
    Path dir;

    private TemplateRenderer renderer(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return new TemplateRenderer(dir, Messages.of("en"), Duration.ofSeconds(1));
    }

    private static String error(TemplateRenderer t, String layout) {
        var f = assertThrows(TemplateRenderer.Failure.class, () -> t.render(layout, Map.of()));
        var d = f.diagnostic();
        return d.path() + ":" + d.line() + ":" + d.column() + ": " + d.message();
    }

    @Hardening
    @Test
    void anEndlessLoopThatPrintsNothingIsStoppedAtItsPosition() throws IOException {
        TemplateRenderer t = renderer("x.ftlh", "<p>\n  <#list 1.. as i></#list>\n</p>\n");
        long start = System.nanoTime();
        assertEquals("templates/x.ftlh:2:3: rendering took longer than 1 s", error(t, "x"));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos());
        assertFalse(Thread.currentThread().isInterrupted(), "the thread goes on clean");
    }

    @Hardening
    @Test
    void anEndlessLoopInAnIncludedTemplateOrMacroIsStoppedToo() throws Exception {
        Files.writeString(dir.resolve("lib.ftlh"), "<#macro spin><#list 1.. as i></#list></#macro>\n");
        TemplateRenderer t = renderer("y.ftlh", "<#import \"lib.ftlh\" as lib>\n<@lib.spin/>\n");
        assertEquals("templates/lib.ftlh:1:14: rendering took longer than 1 s", error(t, "y"));
        // The renderer is still usable afterwards.
        Files.writeString(dir.resolve("ok.ftlh"), "<p>fine</p>\n");
        assertEquals("<p>fine</p>\n", new TemplateRenderer(dir, Messages.of("en"), Duration.ofSeconds(1)).render("ok", Map.of()));
    }

    @Test
    void aMacroLibraryAsALayoutIsAnErrorNotAnEmptyPage() throws IOException {
        TemplateRenderer t = renderer("base.ftlh", "<#-- the frame -->\n<#macro layout><#nested></#macro>\n");
        assertEquals("templates/base.ftlh:1:1: layout 'base' wrote an empty page", error(t, "base"));
    }

    @Hardening
    @Test
    void endlessRecursionIsAnErrorNotACrash() throws IOException {
        TemplateRenderer t = renderer("r.ftlh", "<#macro r><@r/></#macro>\n<@r/>\n");
        assertEquals("templates/r.ftlh:1:1: template calls nest too deep (a macro or function that calls itself without end?)",
                error(t, "r"));
    }
}
