package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;

/** {@code check}: everything {@code build} does except writing. */
final class CheckCommand implements CommandLine.Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String description() {
        return "Validate content and templates without writing anything.";
    }

    @Override
    public List<CommandLine.Option> options() {
        return List.of(
                new CommandLine.Option("--root", "DIR", "Folder holding content/ and templates/ (default: current folder)."),
                new CommandLine.Option("--format", "FORMAT", "text or github (default: text)."),
                new CommandLine.Option("--strict", null, "Fail on warnings too."),
                new CommandLine.Option("--drafts", null, "Check pages marked draft: true as published pages."));
    }

    @Override
    public int run(CommandLine.Parsed args, PrintWriter out, PrintWriter err) throws CommandLine.UsageError {
        Path root = Path.of(args.value("--root", "."));
        Report.Format format = Report.format(args.value("--format", "text"));
        BuildResult result = new Build().run(new BuildOptions(root, root.resolve("site"), null, null,
                args.flag("--drafts"), false, System.getenv("SOURCE_DATE_EPOCH")));
        Report.print(result.diagnostics(), format, out, err);
        boolean failed = result.hasErrors() || args.flag("--strict") && !result.diagnostics().isEmpty();
        if (!failed) {
            out.println("ok: " + Report.plural(result.pages(), "page") + " checked");
            out.flush();
        }
        return failed ? 1 : 0;
    }
}
