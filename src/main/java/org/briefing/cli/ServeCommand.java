package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.serve.PreviewServer;

/** {@code serve}: a live-reloading preview on 127.0.0.1. */
final class ServeCommand implements CommandLine.Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String description() {
        return "Preview on 127.0.0.1: rebuild on every change and reload open pages.";
    }

    @Override
    public List<CommandLine.Option> options() {
        return List.of(
                new CommandLine.Option("--root", "DIR", "Folder holding content/ and templates/ (default: current folder)."),
                new CommandLine.Option("--port", "N", "Port (default: 8000; a free one if taken)."),
                new CommandLine.Option("--drafts", null, "Include pages marked draft: true."));
    }

    @Override
    public int run(CommandLine.Parsed args, PrintWriter out, PrintWriter err) throws CommandLine.UsageError {
        Path root = Path.of(args.value("--root", "."));
        int port;
        try {
            port = Integer.parseInt(args.value("--port", "8000"));
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageError("--port must be a number, not '" + args.value("--port", "") + "'");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.UsageError("--port must be between 0 and 65535, not " + port);
        }
        if (!Files.isDirectory(root)) {
            // Otherwise the preview would sit there serving the one error "no content/ folder".
            throw new CommandLine.UsageError("--root " + root + " is not a folder");
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(root, port, args.flag("--drafts"), err);
        } catch (IOException e) {
            err.println("serve: cannot start the preview: " + e.getMessage());
            err.flush();
            return 1;
        }
        // Ctrl-C: stop serving and watching and delete the preview's temporary folder.
        Thread hook = new Thread(server::close, "briefing-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (server) {
            out.println("serving " + server.url() + " (Ctrl-C to stop)");
            out.flush();
            server.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
        return 0;
    }
}
