package org.briefing.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A secret mixed into every cache key, kept outside any site root ({@code $XDG_CACHE_HOME/briefing/}
 * or {@code ~/.cache/briefing/}, readable by its owner only). The cache folder lives inside the
 * root, where a pull request can commit files; without the secret nobody can name the entry a
 * build will look up, so planted entries are never read. Where the secret cannot be kept, each
 * process makes its own: the cache then serves that process only (the preview), never a later one.
 */
final class CacheSecret {
    private static final String VALUE = load();

    private CacheSecret() {
    }

    static String value() {
        return VALUE;
    }

    /** A short name derived from the secret, for cache files that are found by name. */
    static String id() {
        return new PageKeys.Hasher().add("secret id", VALUE).hex().substring(0, 16);
    }

    private static String load() {
        return folder().flatMap(CacheSecret::readOrCreate).orElseGet(CacheSecret::fresh);
    }

    private static Optional<Path> folder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "briefing"));
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "briefing"));
    }

    private static Optional<String> readOrCreate(Path dir) {
        Path file = dir.resolve("cache-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "cache-secret", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the folder's own permissions protect it.
                }
                Files.writeString(tmp, fresh(), StandardCharsets.US_ASCII);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE); // never over another process's secret
                } catch (IOException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return s.matches("[0-9a-f]{64}") ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String fresh() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
