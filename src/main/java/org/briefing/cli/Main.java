package org.briefing.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.diag.Spelling;

/**
 * The command line: {@code briefing build|check|serve|diff}. Exit codes: 0 ok, 1 content errors,
 * 2 usage errors.
 */
public final class Main {
    private static final Map<String, CommandLine.Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (CommandLine.Command c : List.of(new BuildCommand(), new CheckCommand(), new ServeCommand(), new DiffCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        List<String> words = List.of(args);
        CommandLine.Command command = null;
        try {
            if (words.isEmpty()) {
                throw new CommandLine.UsageError("missing command: build, check, serve or diff");
            }
            String first = words.get(0);
            if (first.equals("-h") || first.equals("--help")) {
                out.print(help());
                out.flush();
                return 0;
            }
            if (first.equals("-V") || first.equals("--version")) {
                out.println(version());
                return 0;
            }
            command = COMMANDS.get(first);
            if (command == null) {
                String hint = Spelling.didYouMean(first, COMMANDS.keySet());
                throw new CommandLine.UsageError((first.startsWith("-") ? "unknown option '" : "unknown command '")
                        + first + "'" + (hint != null ? "; " + hint : ": the commands are build, check, serve and diff"));
            }
            List<String> rest = words.subList(1, words.size());
            if (CommandLine.asksForHelp(rest)) {
                out.print(CommandLine.help(command));
                out.flush();
                return 0;
            }
            if (rest.contains("-V") || rest.contains("--version")) {
                out.println(version());
                return 0;
            }
            return command.run(CommandLine.parse(command, rest), out, err);
        } catch (CommandLine.UsageError e) {
            String name = command == null ? "" : " " + command.name();
            err.println(e.getMessage());
            err.println("Try 'briefing" + name + " --help' for more.");
            err.flush();
            return 2;
        } catch (RuntimeException e) {
            err.println("briefing: internal error: " + e);
            err.flush();
            return 1;
        } catch (OutOfMemoryError e) {
            // One line, not a stack trace; by now the build's memory is unreachable, so this prints.
            err.println("briefing: error: out of memory; give the JVM more, e.g."
                    + " BRIEFING_JAVA_OPTS=-Xmx2g, or split the content into smaller files");
            err.flush();
            return 1;
        }
    }

    static String help() {
        StringBuilder b = new StringBuilder("""
                Usage: briefing [-h] [-V] COMMAND [OPTIONS]
                Builds a static briefing site with citation footnotes from Markdown and YAML.
                Commands:
                """);
        for (CommandLine.Command c : COMMANDS.values()) {
            b.append(CommandLine.row(c.name(), "-V, --version".length(), c.description())).append('\n');
        }
        b.append("Options:\n")
                .append(CommandLine.row("-h, --help", "-V, --version".length(), "Show this help and exit.")).append('\n')
                .append(CommandLine.row("-V, --version", "-V, --version".length(), "Print the version and exit.")).append('\n')
                .append("Run 'briefing COMMAND --help' for the options of a command.\n");
        return b.toString();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "briefing " + (v == null ? "development" : v);
    }
}
