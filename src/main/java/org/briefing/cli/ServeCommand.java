package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: a live-reloading preview on 127.0.0.1. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview on 127.0.0.1: rebuild on every change and reload open pages.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder holding content/ and templates/ (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; a free one if taken).")
    int port = 8000;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, not " + port);
        }
        if (!Files.isDirectory(root)) {
            // Otherwise the preview would sit there serving the one error "no content/ folder".
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--root " + root + " is not a folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            server = PreviewServer.start(root, port, drafts, err);
        } catch (IOException e) {
            err.println("serve: cannot start the preview: " + e.getMessage());
            err.flush();
            return 1;
        }
        // Ctrl-C: stop serving and watching and delete the preview's temporary folder.
        Thread hook = new Thread(server::close, "briefing-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (server) {
            spec.commandLine().getOut().println("serving " + server.url() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            server.awaitShutdown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
        return 0;
    }
}
