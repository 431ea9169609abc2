package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.briefing.html.UrlPolicy;

/** {@code build}: content/ + templates/ -> site/, atomically. */
final class BuildCommand implements CommandLine.Command {

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String description() {
        return "Build the site into the output folder (replaced only if the build succeeds).";
    }

    @Override
    public List<CommandLine.Option> options() {
        return List.of(
                new CommandLine.Option("--root", "DIR", "Folder holding content/ and templates/ (default: current folder)."),
                new CommandLine.Option("--out", "DIR", "Output folder (default: site/ under the root)."),
                new CommandLine.Option("--base-url", "URL", "Absolute URL the site is served from; overrides site.yaml."),
                new CommandLine.Option("--repo-url", "URL", "Repository URL for 'edit this page' links; overrides site.yaml."),
                new CommandLine.Option("--drafts", null, "Include pages marked draft: true."),
                new CommandLine.Option("--offline", null, "Write links to folders as links to their index.html, so the site works opened from disk."),
                new CommandLine.Option("--no-pdf", null, "Leave out briefing.pdf, the whole briefing as one PDF."),
                new CommandLine.Option("--cache", "DIR", "Build cache folder (default: " + BuildOptions.DEFAULT_CACHE + "/ under the root)."),
                new CommandLine.Option("--no-cache", null, "Render every page; neither read nor write the build cache."),
                new CommandLine.Option("--format", "FORMAT", "Diagnostics as text or github (default: text)."));
    }

    @Override
    public int run(CommandLine.Parsed args, PrintWriter out, PrintWriter err) throws CommandLine.UsageError {
        Path root = Path.of(args.value("--root", "."));
        String baseUrl = args.value("--base-url", null);
        Report.Format format = Report.format(args.value("--format", "text"));
        if (baseUrl != null && !UrlPolicy.isAbsoluteHttp(baseUrl)) {
            throw new CommandLine.UsageError("--base-url must be an absolute http(s) URL, not '" + baseUrl + "'");
        }
        long start = System.nanoTime();
        Path output = args.value("--out", null) != null ? Path.of(args.value("--out", null)) : root.resolve("site");
        if (args.flag("--no-cache") && args.value("--cache", null) != null) {
            throw new CommandLine.UsageError("--cache and --no-cache exclude each other");
        }
        BuildOptions options = new BuildOptions(root, output, baseUrl, args.value("--repo-url", null),
                args.flag("--drafts"), true, System.getenv("SOURCE_DATE_EPOCH")).withPdf(!args.flag("--no-pdf"))
                .withOffline(args.flag("--offline"));
        if (!args.flag("--no-cache")) {
            String cache = args.value("--cache", null);
            options = options.withCache(cache != null ? Path.of(cache) : root.resolve(BuildOptions.DEFAULT_CACHE));
        }
        BuildResult result = new Build().run(options);
        Report.print(result.diagnostics(), format, out, err);
        if (result.hasErrors()) {
            err.println("build failed: " + output + " was left as it was");
            err.flush();
            return 1;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println("built " + Report.plural(result.pages(), "page") + " into " + output + " in " + ms + " ms");
        out.flush();
        return 0;
    }
}
