package org.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.content.Page;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Position;

/**
 * The files a build will write, known before it writes any, so that {@code check} finds the
 * outputs that would collide exactly as {@code build} would: two inputs writing one file, or one
 * writing a file where another needs a folder ({@code content/index.html.md} wants
 * {@code index.html/index.html} beside the home page's {@code index.html}).
 */
final class OutputPlan {
    private final Map<String, String> files = new TreeMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    /** Plans {@code path}, made from {@code source} (a root-relative input path). */
    void add(String path, String source) {
        String first = files.putIfAbsent(path, source);
        if (first != null && !first.equals(source)) {
            problems.add(Diagnostic.error(Position.startOf(later(first, source)), "output file '" + path
                    + "' is also written for " + earlier(first, source), "rename one of the two"));
        }
    }

    void addPages(List<Page> pages) {
        pages.forEach(p -> add(p.outputFile(), p.path()));
    }

    /** Every collision found, each reported once at the input that causes it. */
    List<Diagnostic> problems() {
        List<Diagnostic> out = new ArrayList<>(problems);
        for (var e : files.entrySet()) {
            String path = e.getKey();
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                String other = files.get(folder);
                if (other != null) {
                    String blame = e.getValue().endsWith(".md") ? e.getValue() : other;
                    String blamed = blame.equals(e.getValue()) ? other : e.getValue();
                    out.add(Diagnostic.error(Position.startOf(blame), "output '" + path + "' needs a folder '" + folder
                            + "' where " + blamed + " writes a file", "rename " + blame));
                }
            }
        }
        return out;
    }

    private static String later(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }

    private static String earlier(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
