package org.briefing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: everything {@code build} does except writing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content and templates without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder holding content/ and templates/ (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or github (default: ${DEFAULT-VALUE}).")
    Report.Format format = Report.Format.text;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--drafts", description = "Check pages marked draft: true as published pages.")
    boolean drafts;

    @Override
    public Integer call() {
        BuildResult result = new Build().run(new BuildOptions(root, root.resolve("site"), null, null, drafts, false,
                System.getenv("SOURCE_DATE_EPOCH")));
        Report.print(result.diagnostics(), format, spec.commandLine());
        boolean failed = result.hasErrors() || strict && !result.diagnostics().isEmpty();
        if (!failed) {
            spec.commandLine().getOut().println("ok: " + Report.plural(result.pages(), "page") + " checked");
        }
        return failed ? 1 : 0;
    }
}
