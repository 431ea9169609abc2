package org.briefing.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Which generator made a cached result. A version number alone would let a rebuilt jar of the same
 * version trust results made by older code, so the fingerprint is the version plus the size and
 * modification time of the code itself (the jar, or the newest class file of a classes folder).
 */
final class Generator {
    private static final String FINGERPRINT = compute();

    private Generator() {
    }

    static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        String version = String.valueOf(Generator.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
                return version + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
            }
            try (Stream<Path> files = Files.walk(code)) {
                long[] newest = {0, 0};
                files.filter(Files::isRegularFile).forEach(f -> {
                    newest[0]++;
                    try {
                        newest[1] = Math.max(newest[1], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        newest[1] = Long.MAX_VALUE;
                    }
                });
                return version + ":classes:" + newest[0] + ":" + newest[1];
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a fingerprint no cache entry can have, so nothing is reused.
            return version + ":unknown:" + System.nanoTime();
        }
    }
}
