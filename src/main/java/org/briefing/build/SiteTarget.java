package org.briefing.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.output.Output;
import org.briefing.output.SiteWriter;
import org.briefing.output.SpareSite;

/**
 * Where the write phase puts the site. {@code build} stages a whole new site and swaps it in
 * ({@link SiteWriter}); the preview updates the folder it serves in place ({@link LiveSite}); {@code
 * check} writes nothing ({@link #NONE}). Pages arrive as the per-page step finishes them, {@code
 * fresh} when rendered now rather than reused, with the key of their inputs.
 */
abstract class SiteTarget implements Output {

    /** Writes nothing: {@code check}. */
    static final SiteTarget NONE = new SiteTarget() {
        @Override
        void page(PageResult page, String key, boolean fresh) {
        }

        @Override
        public void write(String path, byte[] bytes) {
        }

        @Override
        boolean commit(Diagnostics diagnostics) {
            return false;
        }

        @Override
        void abandon() {
        }
    };

    abstract void page(PageResult page, String key, boolean fresh);

    /**
     * Whether the site being made already holds {@code page} byte for byte (its digest says so), so
     * that it need not be read or written; it then counts as written.
     */
    boolean holds(PageResult page) {
        return false;
    }

    /** Puts the site in place if {@code diagnostics} has no error; whether it did. */
    abstract boolean commit(Diagnostics diagnostics);

    abstract void abandon();

    /**
     * Replaces {@code token} with {@code replacement} in files already written: for what is known
     * only after the pages, such as the size of the PDF edition. Only a staged site has any.
     */
    void replace(List<String> paths, String token, String replacement) {
    }

    /**
     * A staged site for {@code build}, or empty with the reason in {@code diagnostics}; empty and
     * no reason for {@code check}.
     */
    static Optional<SiteTarget> open(BuildOptions options, Diagnostics diagnostics) {
        if (!options.write()) {
            return Optional.empty();
        }
        Path root = options.root().toAbsolutePath().normalize();
        Path out = options.out();
        Optional<String> refusal = SiteWriter.refusal(root, out);
        if (refusal.isPresent()) {
            diagnostics.add(Diagnostic.error(relative(root, out), 1, 1, refusal.get()));
            return Optional.empty();
        }
        try {
            // With a build cache, the site replaced is kept there for the next build into the same
            // folder to stage in (one spare for each output folder).
            String folder = org.briefing.output.Digests.sha256(SiteWriter.real(out).toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
            Optional<SpareSite> spare = options.cache().map(dir -> new SpareSite(dir, CacheSecret.id() + "-" + folder,
                    CacheSecret.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return Optional.of(new Staged(spare.isPresent() ? SiteWriter.open(out, spare.get()) : SiteWriter.open(out)));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(relative(root, out), 1, 1, "cannot prepare the output folder: " + e.getMessage()));
            return Optional.empty();
        }
    }

    static String relative(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.equals(root) || abs.getFileName() == null) {
            return ".";
        }
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.getFileName().toString();
    }

    /** A whole new site in a staging folder, swapped in on success. */
    private static final class Staged extends SiteTarget {
        private final SiteWriter writer;

        Staged(SiteWriter writer) {
            this.writer = writer;
        }

        @Override
        void page(PageResult page, String key, boolean fresh) {
            writer.write(page.outputFile(), page.utf8(), page.htmlId());
        }

        @Override
        boolean holds(PageResult page) {
            return writer.holds(page.outputFile(), page.htmlId());
        }

        @Override
        public void write(String path, byte[] bytes) {
            writer.write(path, bytes);
        }

        @Override
        public void write(String path, byte[] bytes, String name) {
            writer.write(path, bytes, name);
        }

        @Override
        public boolean holds(String path, String name) {
            return writer.holds(path, name);
        }

        @Override
        boolean commit(Diagnostics diagnostics) {
            if (diagnostics.hasErrors()) {
                writer.abandon();
                return false;
            }
            if (writer.failure().isPresent()) {
                writer.abandon();
                diagnostics.add(Diagnostic.error("site", 1, 1, writer.failure().get()));
                return false;
            }
            try {
                writer.commit();
                return true;
            } catch (IOException e) {
                writer.abandon();
                diagnostics.add(Diagnostic.error("site", 1, 1, "cannot move the new site into place: " + e.getMessage()));
                return false;
            }
        }

        @Override
        void abandon() {
            writer.abandon();
        }

        @Override
        void replace(List<String> paths, String token, String replacement) {
            writer.replace(paths, token, replacement);
        }
    }
}
