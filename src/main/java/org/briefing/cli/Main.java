package org.briefing.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar briefing.jar build|check|serve}. Exit codes: 0 ok,
 * 1 content errors, 2 usage errors.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static briefing site with citation footnotes from Markdown and YAML.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 1)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("briefing: internal error: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check or serve");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"briefing " + (v == null ? "development" : v)};
        }
    }
}
