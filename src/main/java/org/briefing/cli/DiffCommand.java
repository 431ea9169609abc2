package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Diagnostics;
import org.briefing.diff.SiteDiff;

/** {@code diff}: what a change does to the briefing's claims, between two site roots. */
final class DiffCommand implements CommandLine.Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String description() {
        return "Show the claims that change between two versions: figures, sources, pages, citations, hedges, quotations.";
    }

    @Override
    public List<CommandLine.Option> options() {
        return List.of(
                new CommandLine.Option("--base", "DIR", "Root of the version to compare against (required)."),
                new CommandLine.Option("--root", "DIR", "Root of the changed version (default: current folder)."),
                new CommandLine.Option("--format", "FORMAT", "text, markdown or github (default: text)."));
    }

    @Override
    public int run(CommandLine.Parsed args, PrintWriter out, PrintWriter err) throws CommandLine.UsageError {
        String base = args.value("--base", "");
        if (base.isEmpty()) {
            throw new CommandLine.UsageError("missing option '--base DIR': the version to compare against");
        }
        String format = args.value("--format", "text");
        if (!List.of("text", "markdown", "github").contains(format)) {
            throw new CommandLine.UsageError("unknown format '" + format + "': use text, markdown or github");
        }
        String root = args.value("--root", ".");
        Diagnostics problems = new Diagnostics();
        Optional<SiteDiff> diff = SiteDiff.compare(Path.of(base), base, Path.of(root), root, problems);
        if (diff.isEmpty()) {
            // As with check: annotations on standard output, where the Actions runner reads them.
            problems.sorted().forEach(d -> {
                if (format.equals("github")) {
                    out.println(d.toGithub());
                } else {
                    err.println(d.toText());
                }
            });
            out.flush();
            err.println("cannot compare: a version could not be read");
            err.flush();
            return 1;
        }
        out.print(diff.get().report(format));
        out.flush();
        return 0;
    }
}
