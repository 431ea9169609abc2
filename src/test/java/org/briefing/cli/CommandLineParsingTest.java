package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written command line: both option forms, and a usable message for every mistake. */
class CommandLineParsingTest {
    private final CommandLine.Command build = new BuildCommand();

    @Test
    void readsBothOptionFormsAndFlags() throws CommandLine.UsageError {
        CommandLine.Parsed p = CommandLine.parse(build, List.of("--root", "r", "--out=o=dir", "--drafts"));
        assertEquals("r", p.value("--root", "."));
        assertEquals("o=dir", p.value("--out", null));
        assertTrue(p.flag("--drafts"));
        assertEquals("fallback", p.value("--base-url", "fallback"));
        assertFalse(p.flag("--strict"));
    }

    @Test
    void refusesMistakesWithAHint() {
        assertEquals("unknown option '--rot'; did you mean '--root'?",
                assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(build, List.of("--rot", "x"))).getMessage());
        assertEquals("option '--root' needs a value: DIR",
                assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(build, List.of("--root"))).getMessage());
        assertEquals("option '--drafts' takes no value",
                assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(build, List.of("--drafts=yes"))).getMessage());
        assertEquals("option '--out' given twice",
                assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(build, List.of("--out", "a", "--out", "b"))).getMessage());
        assertEquals("unexpected argument 'site'",
                assertThrows(CommandLine.UsageError.class, () -> CommandLine.parse(build, List.of("site"))).getMessage());
    }

    @Test
    void usageErrorsExitTwoWithAPointerToTheHelp() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"biuld"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals("unknown command 'biuld'; did you mean 'build'?\nTry 'briefing --help' for more.\n", err.toString());
        err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"check", "--format", "xml"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals("--format must be text or github, not 'xml'\nTry 'briefing check --help' for more.\n", err.toString());
    }

    @Test
    void eachCommandListsItsOptionsInItsHelp() {
        for (CommandLine.Command c : List.of(new BuildCommand(), new CheckCommand(), new ServeCommand())) {
            StringWriter out = new StringWriter();
            assertEquals(0, Main.run(new String[] {c.name(), "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
            for (CommandLine.Option o : c.options()) {
                assertTrue(out.toString().contains(o.name()), c.name() + " help lacks " + o.name() + ":\n" + out);
            }
        }
    }
}
