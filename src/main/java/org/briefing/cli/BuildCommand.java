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

/** {@code build}: content/ + templates/ -> site/, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder (replaced only if the build succeeds).")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder holding content/ and templates/ (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ under the root).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is served from; overrides site.yaml.")
    String baseUrl;

    @Option(names = "--repo-url", paramLabel = "URL", description = "Repository URL for 'edit this page' links; overrides site.yaml.")
    String repoUrl;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Diagnostics as text or github (default: ${DEFAULT-VALUE}).")
    Report.Format format = Report.Format.text;

    @Override
    public Integer call() {
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an absolute http(s) URL, not '" + baseUrl + "'");
        }
        long start = System.nanoTime();
        Path output = out != null ? out : root.resolve("site");
        BuildResult result = new Build().run(new BuildOptions(root, output, baseUrl, repoUrl, drafts, true,
                System.getenv("SOURCE_DATE_EPOCH")));
        Report.print(result.diagnostics(), format, spec.commandLine());
        if (result.hasErrors()) {
            spec.commandLine().getErr().println("build failed: " + output + " was left as it was");
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().println("built " + Report.plural(result.pages(), "page") + " into " + output + " in " + ms + " ms");
        return 0;
    }
}
