package org.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real briefing in content/, built once per test run for the tests that only read what the
 * build wrote (the build is the dearest step of each). Its folder is removed when the JVM exits.
 * A test must not change the files.
 */
public final class RealBriefing {
    public static final String BASE = "https://example.org/briefing/";

    /** The site written, and what the build reported. */
    public record Built(Path site, BuildResult result) {
    }

    private static Built built;

    private RealBriefing() {
    }

    public static synchronized Built get() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("briefing-real-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path site = dir.resolve("site");
                built = new Built(site, new Build().run(new BuildOptions(Path.of("."), site, BASE, null, false, true, null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind costs only space.
        }
    }
}
