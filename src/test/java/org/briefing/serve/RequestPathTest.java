package org.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/                         | ''                      | true",
        "/deployment/              | deployment              | true",
        "/deployment               | deployment              | false",
        "/assets//site.css         | assets/site.css         | false",
        "/a%20b/c+d.txt            | a b/c+d.txt             | false",
        "/%252e%252e/x             | %2e%2e/x                | false",
        "/caf%C3%A9/               | café                    | true",
        "/.nojekyll                | .nojekyll               | false"})
    void keepsPlainNames(String raw, String relative, boolean directory) {
        RequestPath path = RequestPath.parse(raw).orElseThrow();
        assertEquals(relative, path.relative());
        assertEquals(directory, path.directory());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "x", "/..", "/../pom.xml", "/a/../../b", "/./a", "/%2e%2e/a", "/%2E%2e%2Fa",
        "/..%2f", "/a%5c..%5cb", "/a\\b", "/C:/x", "/a%00b", "/%", "/%2", "/%zz", "/%C3", "/caf\u00e9"})
    void refusesAnythingThatCouldClimb(String raw) {
        assertEquals(Optional.empty(), RequestPath.parse(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "index.html | text/html; charset=utf-8", "site.css | text/css; charset=utf-8",
        "notes.js | text/javascript; charset=utf-8", "deployment.json | application/json",
        "feed.xml | application/xml", "map.SVG | image/svg+xml", "dot.png | image/png",
        "robots.txt | text/plain; charset=utf-8", ".nojekyll | application/octet-stream"})
    void mediaTypesFollowTheExtension(String name, String type) {
        assertEquals(type, MediaTypes.of(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/a/b/", "/a/b"})
    void segmentsAreCopied(String raw) {
        assertEquals(List.of("a", "b"), RequestPath.parse(raw).orElseThrow().segments());
    }
}
