package org.briefing.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.content.FrontMatter;
import org.briefing.diag.Position;

/**
 * A page's head, what a build needs of a page it does not render: its front matter and the line its
 * body starts on, in the binary form {@link PageDigests} keeps between builds. Every field is
 * written, so a head read back is equal to the one written.
 */
final class PageHeads {
    private PageHeads() {
    }

    /** Front matter and body line of one page, as the loader read them. */
    record Head(FrontMatter front, int bodyLine) {
    }

    /** The head's bytes; empty if a string is too long for the format (then the page is read each time). */
    static Optional<byte[]> encode(Head head) {
        FrontMatter f = head.front();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(head.bodyLine());
            out.writeUTF(f.title());
            out.writeUTF(f.summary());
            out.writeUTF(f.date());
            out.writeUTF(f.updated());
            out.writeBoolean(f.draft());
            out.writeUTF(f.layout());
            out.writeInt(f.weight());
            out.writeUTF(f.layoutAt().path());
            out.writeInt(f.layoutAt().line());
            out.writeInt(f.layoutAt().column());
            out.writeBoolean(f.citationsRequired());
            out.writeUTF(f.asOf());
            out.writeInt(f.revisions().size());
            for (FrontMatter.Revision r : f.revisions()) {
                out.writeUTF(r.date());
                out.writeUTF(r.note());
            }
        } catch (IOException e) { // a string over 64 KiB in modified UTF-8
            return Optional.empty();
        }
        return Optional.of(bytes.toByteArray());
    }

    /** The head in {@code bytes}, which must be all of it; throws if they are not a head of the page at {@code path}. */
    static Optional<Head> decode(byte[] bytes, String path) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int bodyLine = in.readInt();
        String title = in.readUTF();
        String summary = in.readUTF();
        String date = in.readUTF();
        String updated = in.readUTF();
        boolean draft = in.readBoolean();
        String layout = in.readUTF();
        int weight = in.readInt();
        Position layoutAt = new Position(in.readUTF(), in.readInt(), in.readInt());
        boolean citations = in.readBoolean();
        String asOf = in.readUTF();
        int n = in.readInt();
        if (n < 0 || n > bytes.length) {
            throw new IOException("bad revision count");
        }
        List<FrontMatter.Revision> revisions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            revisions.add(new FrontMatter.Revision(in.readUTF(), in.readUTF()));
        }
        if (in.available() != 0 || !layoutAt.path().equals(path)) {
            throw new IOException("not the head of " + path);
        }
        return Optional.of(new Head(new FrontMatter(title, summary, date, updated, draft, layout, weight, layoutAt,
                citations, asOf, revisions), bodyLine));
    }
}
