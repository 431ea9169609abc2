package org.briefing.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What one site folder this generator wrote holds: for each file, what names its bytes (see
 * {@link SiteWriter#write(String, byte[], String)}; empty when nothing does) and the facts that show
 * it is still the file written (size, modification time in nanoseconds, file key:
 * device and inode). The folder itself is named by its marker file's key and time, which a rename
 * keeps, so a manifest can never be taken for another folder's. Stored with an HMAC under the
 * build cache's secret: a manifest planted in the cache folder is never believed. As with make or
 * rsync's quick check, a file changed in place with its size and modification time put back is
 * not noticed; one changed within the clock tick of its writing is (see SiteWriter's finish).
 */
final class SiteManifest {
    /** One file: what names its bytes, and what it looked like on disk when it was written. */
    record Entry(String content, long size, long modified, String fileKey) {
        /** Whether {@code a} shows the very file this entry describes, unchanged since. */
        boolean describes(BasicFileAttributes a) {
            return a.isRegularFile() && a.size() == size && nanos(a) == modified && key(a).equals(fileKey);
        }

        /** The same file, its bytes not named: the next build compares them. */
        Entry unnamed() {
            return new Entry("", size, modified, fileKey);
        }
    }

    private static final int MAGIC = 0x4252464d; // "BRFM"
    private static final int FORMAT = 2;
    private static final int MAC_BYTES = 32;

    private final String folder;
    private final Map<String, Entry> files;

    SiteManifest(String folder, Map<String, Entry> files) {
        this.folder = folder;
        this.files = Map.copyOf(files);
    }

    /** The folder this manifest describes (see {@link #identity}). */
    String folder() {
        return folder;
    }

    /** Paths relative to the folder, with '/' between names. */
    Map<String, Entry> files() {
        return files;
    }

    /**
     * Names {@code folder} by its marker file: its file key and modification time. Empty when there
     * is no plain marker file, or the file system gives no file keys (then nothing is ever reused).
     */
    static Optional<String> identity(Path folder) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder.resolve(SiteWriter.MARKER), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.fileKey() == null) {
                return Optional.empty();
            }
            return Optional.of(key(a) + "@" + nanos(a));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The entry for a file just looked at; empty when the file system gives no file keys. */
    static Optional<Entry> entry(String content, BasicFileAttributes a) {
        return a.fileKey() == null ? Optional.empty() : Optional.of(new Entry(content, a.size(), nanos(a), key(a)));
    }

    private static long nanos(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private static String key(BasicFileAttributes a) {
        return String.valueOf(a.fileKey());
    }

    /** Writes the manifest to {@code file} (beside it first, then renamed), signed with {@code secret}. */
    void write(Path file, byte[] secret) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + files.size() * 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, folder);
            out.writeInt(files.size());
            for (Map.Entry<String, Entry> f : files.entrySet()) { // any order: it is read back into a map
                Entry e = f.getValue();
                string(out, f.getKey());
                string(out, e.content());
                out.writeLong(e.size());
                out.writeLong(e.modified());
                string(out, e.fileKey());
            }
        }
        byte[] body = bytes.toByteArray();
        byte[] signed = Arrays.copyOf(body, body.length + MAC_BYTES);
        System.arraycopy(mac(secret, body), 0, signed, body.length, MAC_BYTES);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, signed);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The folder the manifest in {@code file} says it describes, read from its head alone: neither
     * whole nor signed, so only a hint (see {@link SpareSite#live}); empty if it does not start as
     * a manifest does.
     */
    static Optional<String> folderOf(Path file) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1024))) {
            return in.readInt() == MAGIC && in.readInt() == FORMAT ? Optional.of(string(in)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The manifest in {@code file}, if there is one, whole and signed with {@code secret}. */
    static Optional<SiteManifest> read(Path file, byte[] secret) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            byte[] signed = Files.readAllBytes(file);
            if (signed.length < MAC_BYTES + 8) {
                return Optional.empty();
            }
            byte[] body = Arrays.copyOf(signed, signed.length - MAC_BYTES);
            if (!MessageDigest.isEqual(mac(secret, body), Arrays.copyOfRange(signed, body.length, signed.length))) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String folder = string(in);
            int n = in.readInt();
            if (n < 0 || n > body.length) {
                return Optional.empty();
            }
            Map<String, Entry> files = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                String path = string(in);
                files.put(path, new Entry(string(in), in.readLong(), in.readLong(), string(in)));
            }
            return in.available() == 0 ? Optional.of(new SiteManifest(folder, files)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // torn, foreign or of another format: nothing is reused
        }
    }

    /**
     * A string as its UTF-8 length and bytes: tens of thousands of paths and names are written and
     * read each build, and the JDK turns a string into UTF-8 and back faster than writeUTF's loop.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad string length");
        }
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] mac(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
