package org.briefing.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.diag.Spelling;

/**
 * The few options of a command, declared once and used to parse, to print help and to suggest a
 * spelling. Hand-written because a general parser cost a sixth of a {@code check}: picocli's classes
 * (class-file version 49) cannot go into the class-data-sharing archive, and it reads annotations
 * by reflection on every start (about 150 ms of 0.5 s on two cores).
 */
final class CommandLine {

    /** A flag ({@code label} null) or an option taking one value, written {@code --name VALUE} or {@code --name=VALUE}. */
    record Option(String name, String label, String help) {
        boolean takesValue() {
            return label != null;
        }
    }

    /** A mistake in the command line: printed with a pointer to the help, exit code 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    /** What a command line held. */
    static final class Parsed {
        private final Map<String, String> values = new HashMap<>();
        private final Set<String> flags = new HashSet<>();

        String value(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        boolean flag(String name) {
            return flags.contains(name);
        }
    }

    /** One subcommand: its name, what it does, its options, and what it runs. */
    interface Command {
        String name();

        String description();

        List<Option> options();

        /** Runs the command; returns the exit code. */
        int run(Parsed args, PrintWriter out, PrintWriter err) throws UsageError;
    }

    private CommandLine() {
    }

    /** Whether the words ask for help: {@code -h} or {@code --help} anywhere. */
    static boolean asksForHelp(List<String> words) {
        return words.contains("-h") || words.contains("--help");
    }

    /** Reads {@code words} against the options of {@code command}. */
    static Parsed parse(Command command, List<String> words) throws UsageError {
        Map<String, Option> byName = new HashMap<>();
        command.options().forEach(o -> byName.put(o.name(), o));
        Parsed parsed = new Parsed();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("-")) {
                throw new UsageError("unexpected argument '" + word + "'");
            }
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            Option option = byName.get(name);
            if (option == null) {
                String hint = Spelling.didYouMean(name, byName.keySet());
                throw new UsageError("unknown option '" + name + "'" + (hint != null ? "; " + hint : ""));
            }
            if (!option.takesValue()) {
                if (eq >= 0) {
                    throw new UsageError("option '" + name + "' takes no value");
                }
                parsed.flags.add(name);
                continue;
            }
            String value;
            if (eq >= 0) {
                value = word.substring(eq + 1);
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw new UsageError("option '" + name + "' needs a value: " + option.label());
            }
            if (parsed.values.put(name, value) != null) {
                throw new UsageError("option '" + name + "' given twice");
            }
        }
        return parsed;
    }

    /** The help of a command, in the usual layout. */
    static String help(Command command) {
        StringBuilder usage = new StringBuilder("Usage: briefing ").append(command.name());
        List<String> lines = new ArrayList<>();
        int width = 0;
        for (Option o : command.options()) {
            String left = o.takesValue() ? o.name() + "=" + o.label() : o.name();
            usage.append(" [").append(left).append(']');
            width = Math.max(width, left.length());
        }
        width = Math.max(width, "-h, --help".length());
        for (Option o : command.options()) {
            String left = o.takesValue() ? o.name() + "=" + o.label() : o.name();
            lines.add(row(left, width, o.help()));
        }
        lines.add(row("-h, --help", width, "Show this help and exit."));
        return usage + "\n" + command.description() + "\n" + String.join("\n", lines) + "\n";
    }

    static String row(String left, int width, String help) {
        return "  " + left + " ".repeat(width - left.length() + 3) + help;
    }
}
