package org.briefing.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.diag.Diagnostic;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real briefing in content/: builds clean, every page renders, every claim is cited. */
class BriefingContentTest {
    static final Path ROOT = Path.of(".");
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = RealBriefing.get().site();
        result = RealBriefing.get().result();
    }

    @Test
    void buildsWithoutErrorsAndEveryFactCitesAKnownSource() {
        List<String> problems = result.diagnostics().stream()
                .filter(d -> d.isError() || !d.message().startsWith("no base_url")).map(Diagnostic::toText).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageRenders() throws IOException {
        try (Stream<Path> md = Files.walk(ROOT.resolve("content"))) {
            for (Path p : md.filter(f -> f.toString().endsWith(".md")).toList()) {
                String rel = ROOT.resolve("content").relativize(p).toString().replace('\\', '/');
                String name = rel.substring(0, rel.length() - 3);
                Path out = name.equals("index") ? site.resolve("index.html") : site.resolve(name + "/index.html");
                assertTrue(Files.exists(out), "no output for " + rel);
                Document doc = Jsoup.parse(out.toFile());
                assertEquals(1, doc.select("h1").size(), rel + " has one h1");
            }
        }
        for (String page : List.of("deployment", "shipments", "reactions", "timeline", "methodology", "contribute", "sources")) {
            assertTrue(Files.exists(site.resolve(page + "/index.html")), page);
        }
    }

    @Test
    void everyParagraphOfTheArgumentPagesCarriesACitation() throws IOException {
        for (String page : List.of("index.html", "deployment/index.html", "shipments/index.html", "reactions/index.html")) {
            Document doc = Jsoup.parse(site.resolve(page).toFile());
            for (Element p : doc.select("main article p:not(.summary):not(.dates), main article li:not(.endnotes li)")) {
                if (p.closest("section.endnotes") != null || p.closest("header") != null
                        || p.closest("section.revisions") != null || p.text().length() < 80) {
                    continue;
                }
                boolean cited = !p.select("a[role=doc-noteref]").isEmpty();
                // A paragraph that only sends the reader to another page of the briefing needs no source.
                boolean pointsOn = !p.select("a[href]:not([role]):not([href^=http])").isEmpty();
                assertTrue(cited || pointsOn, page + ": uncited paragraph: " + p.text());
            }
        }
    }

    @Test
    void contestedTroopFigureShowsEveryValueWithItsClaimant() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        String table = home.select("table.figures").first().text();
        for (String value : List.of("1,500", "12,000", "10,000")) {
            assertTrue(table.contains(value), "missing " + value + " in " + table);
        }
        assertTrue(table.contains("South Korean media"), table);
        assertTrue(table.contains("Zelensky"), table);
        assertFalse(home.select("table.figures a[role=doc-noteref]").isEmpty(), "figures are cited");
    }

    @Test
    void hedgesOfTheSourceSurvive() throws IOException {
        String all;
        try (Stream<Path> pages = Files.walk(site)) {
            all = pages.filter(p -> p.toString().endsWith(".html")).map(p -> {
                try {
                    return Jsoup.parse(p.toFile()).text();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (String hedge : List.of("reportedly", "purportedly", "if true", "estimated")) {
            assertTrue(all.contains(hedge), "hedge '" + hedge + "' is gone");
        }
    }

    @Test
    void factsAreExportedAndLinkedFromTheMethodology() throws IOException {
        Set<String> exported;
        try (Stream<Path> files = Files.list(site.resolve("data"))) {
            exported = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(Set.of("deployment.json", "shipments.json", "reactions.json", "timeline.json", "sources.json"), exported);
        Document methodology = Jsoup.parse(site.resolve("methodology/index.html").toFile());
        for (String f : exported) {
            assertFalse(methodology.select("a[href$=data/" + f + "]").isEmpty(), "methodology links " + f);
        }
    }

    /** The registry as published, with every source's url, accessed date, via and excerpts. */
    private static Map<String, JsonNode> registry() throws IOException {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (JsonNode s : JsonMapper.builder().build().readTree(site.resolve("data/sources.json").toFile())) {
            byId.put(s.get("id").asString(), s);
        }
        return byId;
    }

    private static String text(JsonNode source, String field) {
        JsonNode v = source.get(field);
        return v == null ? "" : v.asString();
    }

    @Test
    void noReaderSeesTheWordSeed() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(html|xml|json|txt)$")).toList()) {
                String visible = f.toString().endsWith(".html") ? Jsoup.parse(f.toFile()).text() : Files.readString(f);
                assertFalse(visible.toLowerCase(java.util.Locale.ROOT).contains("seed"), site.relativize(f) + " says 'seed'");
            }
        }
    }

    @Test
    void everySourceWithALinkWasReadThereAndEveryOtherNamesWhereItWasRead() throws IOException {
        Map<String, JsonNode> sources = registry();
        for (JsonNode s : sources.values()) {
            String id = text(s, "id");
            if (!text(s, "url").isEmpty()) {
                assertFalse(text(s, "accessed").isEmpty(), id + " has a url but no accessed date");
                assertTrue(s.has("excerpts") && !s.get("excerpts").isEmpty(), id + " has a url but no excerpts");
                assertTrue(text(s, "via").isEmpty(), id + " has both a url and a via");
            } else {
                assertTrue(sources.containsKey(text(s, "via")), id + " has no url and no known via");
            }
        }
        Document bib = Jsoup.parse(site.resolve("sources/index.html").toFile());
        assertEquals(0, bib.select("ol.bibliography").text().split("No public link is known", -1).length - 1,
                "every source without a link names the work it was read in");
        assertTrue(bib.selectFirst("li#nis-statement-2024-10-18").text().contains("As reported in"));
        assertEquals("source-article-2024-10", bib.selectFirst("ol.bibliography li").id(),
                "the bibliography keeps the registry's order: the source article first");
    }

    /**
     * Every phrase in double quotation marks, in a paragraph, list item or table row of a page,
     * occurs in the excerpts of a source cited in that same block (or of the work it was read in).
     */
    @Test
    void everyQuotationIsFoundInTheExcerptsOfASourceItCites() throws IOException {
        Map<String, JsonNode> sources = registry();
        List<String> problems = new java.util.ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(f.toFile());
                Map<String, String> noteSource = new java.util.HashMap<>();
                for (Element note : doc.select("section.endnotes li[id^=note-]")) {
                    Element entry = note.selectFirst("a.source-entry");
                    if (entry != null) {
                        noteSource.put("#" + note.id(), entry.attr("href").replaceAll(".*#", ""));
                    }
                }
                for (Element block : doc.select("main p, main li, main tr")) {
                    // Whole blocks only (a timeline entry's title and summary together); the
                    // editors' own notes (revisions, change log, bibliography) quote old text.
                    if (block.closest("section.endnotes, section.revisions, ol.changes, ol.bibliography, header") != null
                            || block.parents().stream().anyMatch(p -> p.is("p, li, tr"))) {
                        continue;
                    }
                    Set<String> excerpts = new java.util.HashSet<>();
                    for (Element ref : block.select("a[role=doc-noteref]")) {
                        String id = noteSource.get(ref.attr("href"));
                        while (id != null && sources.containsKey(id)) {
                            sources.get(id).path("excerpts").forEach(e -> excerpts.add(normal(e.asString())));
                            String via = text(sources.get(id), "via");
                            id = via.isEmpty() || via.equals(id) ? null : via;
                        }
                    }
                    java.util.regex.Matcher q = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(normal(block.text()));
                    while (q.find()) {
                        checked++;
                        String quote = q.group(1);
                        if (excerpts.stream().noneMatch(e -> e.contains(quote))) {
                            problems.add(site.relativize(f) + ": \"" + quote + "\" is in no excerpt of the sources cited beside it");
                        }
                    }
                }
            }
        }
        // The quote lists of the reactions data, which no page prints, are held to the same rule.
        for (JsonNode r : JsonMapper.builder().build().readTree(site.resolve("data/reactions.json").toFile()).get("reactions")) {
            Set<String> excerpts = new java.util.HashSet<>();
            for (JsonNode id : r.get("sources")) {
                String at = id.asString();
                while (!at.isEmpty() && sources.containsKey(at)) {
                    sources.get(at).path("excerpts").forEach(e -> excerpts.add(normal(e.asString())));
                    String via = text(sources.get(at), "via");
                    at = via.equals(at) ? "" : via;
                }
            }
            for (JsonNode quote : r.path("quote")) {
                checked++;
                if (excerpts.stream().noneMatch(e -> e.contains(normal(quote.asString())))) {
                    problems.add("reactions " + text(r, "id") + ": \"" + quote.asString() + "\" is in no excerpt of its sources");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 20, "only " + checked + " quotations found: the check is not looking");
    }

    /** Curly quotation marks as straight ones, one space, lower case: how quotations are compared. */
    private static String normal(String s) {
        return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A date the editors inferred is never shown as plain fact: every timeline event and reaction
     * dated coarser than a day says what is known of its date, a date worked out from a weekday
     * says which weekday, and a source dated coarser than a day says why.
     */
    @Test
    void noInferredDateGoesUnlabelled() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> problems = new java.util.ArrayList<>();
        JsonNode events = json.readTree(site.resolve("data/timeline.json").toFile()).get("events");
        JsonNode reactions = json.readTree(site.resolve("data/reactions.json").toFile()).get("reactions");
        for (JsonNode e : List.of(events, reactions).stream().flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false)).toList()) {
            String date = text(e, "date");
            String note = text(e, "date_note");
            String what = date + " " + (e.has("title") ? text(e, "title") : text(e, "id"));
            if (date.length() < 10 && note.isEmpty()) {
                problems.add(what + ": dated to " + date + " without a date_note");
            }
            if (note.matches("(?s).*\\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b.*")
                    && !note.contains("that is " + org.briefing.lang.Messages.of("en").date(date))) {
                problems.add(what + ": a date from a weekday must say which date it takes it to be");
            }
        }
        for (JsonNode s : registry().values()) {
            if (text(s, "date").length() < 10 && !text(s, "note").matches("(?s).*(inference|[Nn]o date).*")) {
                problems.add(text(s, "id") + ": dated " + text(s, "date") + " without saying why");
            }
        }
        assertEquals(List.of(), problems);
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertTrue(home.text().contains("On 18 October 2024 (\"on Friday\", in a Reuters report of the next day)"));
    }

    @Test
    void everyPageShowsItsInformationDateUnderItsTitle() throws IOException {
        String asOf = "Information as of 2 September 2025.";
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith("index.html")).sorted().toList()) {
                Element dates = Jsoup.parse(f.toFile()).selectFirst("main h1 ~ .dates .as-of");
                assertTrue(dates != null && dates.text().equals(asOf), site.relativize(f) + " shows no information date");
            }
        }
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        Element first = home.selectFirst("main h2");
        assertTrue(first.id().equals("bottom-line"),
                "the bottom line is the first section of the home page");
        assertTrue(home.selectFirst("main").html().indexOf("Information as of") < home.selectFirst("main").html().indexOf("<h2"),
                "the information date stands above the first section");
    }
}
