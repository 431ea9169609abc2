package org.briefing.build;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.briefing.content.FrontMatter;
import org.briefing.diag.Position;

/**
 * A page's head, what a build needs of a page it does not render: its front matter and the line its
 * body starts on, in the binary form {@link PageDigests} keeps between builds (strings as length and
 * UTF-8, read with {@link CacheReader}). Every field is written, so a head read back is equal to the
 * one written.
 */
final class PageHeads {
    private PageHeads() {
    }

    /** Front matter and body line of one page, as the loader read them. */
    record Head(FrontMatter front, int bodyLine) {
    }

    static void write(DataOutputStream out, Head head) throws IOException {
        FrontMatter f = head.front();
        out.writeInt(head.bodyLine());
        CacheEntry.string(out, f.title());
        CacheEntry.string(out, f.summary());
        CacheEntry.string(out, f.date());
        CacheEntry.string(out, f.updated());
        out.writeBoolean(f.draft());
        CacheEntry.string(out, f.layout());
        out.writeInt(f.weight());
        CacheEntry.string(out, f.layoutAt().path());
        out.writeInt(f.layoutAt().line());
        out.writeInt(f.layoutAt().column());
        out.writeBoolean(f.citationsRequired());
        CacheEntry.string(out, f.asOf());
        out.writeInt(f.revisions().size());
        for (FrontMatter.Revision r : f.revisions()) {
            CacheEntry.string(out, r.date());
            CacheEntry.string(out, r.note());
        }
    }

    /** The head at {@code in}'s cursor; throws if it is not a whole head of the page at {@code path}. */
    static Head read(CacheReader in, String path) throws IOException {
        int bodyLine = in.readInt();
        String title = in.string();
        String summary = in.string();
        String date = in.string();
        String updated = in.string();
        boolean draft = in.readBoolean();
        String layout = in.string();
        int weight = in.readInt();
        Position layoutAt = new Position(in.string(), in.readInt(), in.readInt());
        boolean citations = in.readBoolean();
        String asOf = in.string();
        int n = in.count();
        List<FrontMatter.Revision> revisions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            revisions.add(new FrontMatter.Revision(in.string(), in.string()));
        }
        if (!layoutAt.path().equals(path)) {
            throw new IOException("not the head of " + path);
        }
        return new Head(new FrontMatter(title, summary, date, updated, draft, layout, weight, layoutAt, citations, asOf,
                revisions), bodyLine);
    }
}
