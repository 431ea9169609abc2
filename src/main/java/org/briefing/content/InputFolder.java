package org.briefing.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input folder ({@code content/} or {@code templates/}) as it really is on disk, and the rule
 * for symbolic links in it: a link may point anywhere inside the same folder, but never out of it
 * and never into {@code .git}, so a link such as {@code templates/assets/x.css -> ../../.git/config}
 * or a fact file linking to an untracked secret is refused, not published. Decisions compare real
 * paths (every link on the way resolved), never paths as spelled. Usage:
 * {@code InputFolder.of(root, "content").flatMap(f -> f.refusal(path))}.
 */
public final class InputFolder {
    private final String name;
    private final Path real;
    private final Path realGit;

    private InputFolder(String name, Path real, Path realGit) {
        this.name = name;
        this.real = real;
        this.realGit = realGit;
    }

    /**
     * The folder {@code name} under {@code root}; empty with the reason when it cannot be read or
     * is itself a link out of the root or into {@code .git}.
     */
    public static Result of(Path root, String name) {
        try {
            Path realRoot = root.toRealPath();
            Path realGit = real(realRoot.resolve(".git"));
            Path real = root.resolve(name).toRealPath();
            if (!real.startsWith(realRoot) || real.startsWith(realGit)) {
                return new Result(Optional.empty(), Optional.of(name + "/ is a symbolic link to a folder outside the root"
                        + (real.startsWith(realGit) ? " (into .git)" : "")));
            }
            return new Result(Optional.of(new InputFolder(name, real, realGit)), Optional.empty());
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of("cannot read " + name + "/: " + e.getMessage()));
        }
    }

    /** The folder, or why it cannot be used. */
    public record Result(Optional<InputFolder> folder, Optional<String> refusal) {
    }

    /** The hint that goes with a refused link. */
    public String hint() {
        return "copy the file into " + name + "/ instead of linking to it";
    }

    /**
     * Why the file at {@code p} (a path under this folder, possibly a symbolic link or under one)
     * must not be read; empty when it may. A broken link is refused too.
     */
    public Optional<String> refusal(Path p) {
        Path target;
        try {
            target = p.toRealPath();
        } catch (IOException e) {
            return Optional.of("broken symbolic link");
        }
        if (target.startsWith(realGit)) {
            return Optional.of("symbolic link points into .git");
        }
        if (!target.startsWith(real)) {
            return Optional.of("symbolic link points outside " + name + "/");
        }
        return Optional.empty();
    }

    /** {@code p} with links resolved, or as spelled when it does not exist. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
