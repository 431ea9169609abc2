package org.briefing.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefing.build.Build;
import org.briefing.build.BuildOptions;
import org.briefing.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small site built in Korean and in Ukrainian: {@code <html lang>}, dates, the endnotes, the
 * reference format, the built-in bibliography and the feed, word for word.
 */
class LanguageSiteTest {
    private static final String PAGE_TEMPLATE = """
            <!DOCTYPE html>
            <html lang="${site.language}">
            <body>
            <main id="main">
            <h1>${page.title}</h1>
            <p>${msg.published} ${page.date_human}. ${msg.updated} ${page.updated_human}.</p>
            ${page.content}
            ${endnotes}
            </main>
            </body>
            </html>
            """;
    private static final String SOURCES = """
            - id: nis
              title: Briefing
              publisher: NIS
              date: 2024-10-18
              kind: intelligence
              reliability: B
            - id: wire
              title: Story
              publisher: Wire
              date: 2024-10
              kind: news
              url: https://example.org/s
              accessed: 2024-11-02
              archive_url: https://archive.example.org/s
            """;
    private static final String PAGE = """
            ---
            title: Deployment
            date: 2024-10-18
            updated: 2024-11
            ---
            Troops arrived [@nis, p. 4]. Shells too [@wire; @nis].
            """;

    private static Map<String, String> build(Path dir, String language) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: T\nlanguage: " + language
                + "\nbase_url: https://example.org/t/\n");
        Files.writeString(dir.resolve("content/sources.yaml"), SOURCES);
        Files.writeString(dir.resolve("content/deployment.md"), PAGE);
        Files.writeString(dir.resolve("content/index.md"), "---\ntitle: Home\n---\nHello.\n");
        Files.writeString(dir.resolve("templates/page.ftlh"), PAGE_TEMPLATE);
        BuildResult result = new Build().run(BuildOptions.build(dir, dir.resolve("site")));
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return Map.of("page", Files.readString(dir.resolve("site/deployment/index.html")),
                "sources", Files.readString(dir.resolve("site/sources/index.html")),
                "feed", Files.readString(dir.resolve("site/feed.xml")));
    }

    @Test
    void korean(@TempDir Path dir) throws IOException {
        Map<String, String> site = build(dir, "ko");
        assertEquals("""
                <!DOCTYPE html>
                <html lang="ko">
                <body>
                <main id="main">
                <h1>Deployment</h1>
                <p>게시 2024년 10월 18일. 갱신 2024년 11월.</p>
                <p>Troops arrived<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref" title="p. 4">1</a></sup>. Shells too<sup class="noteref"><a href="#note-2" id="ref-2a" role="doc-noteref">2</a></sup><sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup>.</p>

                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-labelledby="endnotes-title">
                <h2 id="endnotes-title">주석</h2>
                <ol>
                <li id="note-1" class="note-source"><span class="backlinks"><a href="#ref-1a" role="doc-backlink" aria-label="인용 1a(으)로 돌아가기">a</a> <span class="locator">p. 4</span> <a href="#ref-1b" role="doc-backlink" aria-label="인용 1b(으)로 돌아가기">b</a></span> <cite>Briefing</cite>. NIS, <time datetime="2024-10-18">2024년 10월 18일</time>. 공개된 링크가 알려져 있지 않습니다. <span class="grade">신뢰도: <abbr title="애드미럴티 등급">B</abbr> (대체로 신뢰할 수 있음).</span> <a class="source-entry" href="../sources/#nis">이 출처에 대하여</a></li>
                <li id="note-2" class="note-source"><span class="backlinks"><a href="#ref-2a" role="doc-backlink" aria-label="인용 2a(으)로 돌아가기">&#8617;&#65038;</a></span> <cite><a href="https://example.org/s" rel="noopener noreferrer">Story</a></cite>. Wire, <time datetime="2024-10">2024년 10월</time>. 2024년 11월 2일 접속. <a href="https://archive.example.org/s" rel="noopener noreferrer">보관된 사본</a>. <a class="source-entry" href="../sources/#wire">이 출처에 대하여</a></li>
                </ol>
                </section>

                </main>
                </body>
                </html>
                """, site.get("page"));
        assertEquals("""
                <!DOCTYPE html>
                <html lang="ko">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>출처 · T</title>
                </head>
                <body>
                <main id="main">
                <h1>출처</h1>

                <ol class="bibliography">
                <li id="nis"><cite>Briefing</cite>. NIS, <time datetime="2024-10-18">2024년 10월 18일</time>. 공개된 링크가 알려져 있지 않습니다. <span class="grade">신뢰도: <abbr title="애드미럴티 등급">B</abbr> (대체로 신뢰할 수 있음).</span> <a class="source-entry" href="../sources/#nis">이 출처에 대하여</a> 인용한 페이지: <a href="../deployment/">Deployment</a>.</li>
                <li id="wire"><cite><a href="https://example.org/s" rel="noopener noreferrer">Story</a></cite>. Wire, <time datetime="2024-10">2024년 10월</time>. 2024년 11월 2일 접속. <a href="https://archive.example.org/s" rel="noopener noreferrer">보관된 사본</a>. <a class="source-entry" href="../sources/#wire">이 출처에 대하여</a> 인용한 페이지: <a href="../deployment/">Deployment</a>.</li>
                </ol>
                <p><a href="../">T</a></p>
                </main>
                </body>
                </html>
                """, site.get("sources"));
    }

    @Test
    void ukrainian(@TempDir Path dir) throws IOException {
        Map<String, String> site = build(dir, "uk");
        assertEquals("""
                <!DOCTYPE html>
                <html lang="uk">
                <body>
                <main id="main">
                <h1>Deployment</h1>
                <p>Опубліковано 18 жовтня 2024. Оновлено листопад 2024.</p>
                <p>Troops arrived<sup class="noteref"><a href="#note-1" id="ref-1a" role="doc-noteref" title="p. 4">1</a></sup>. Shells too<sup class="noteref"><a href="#note-2" id="ref-2a" role="doc-noteref">2</a></sup><sup class="noteref"><a href="#note-1" id="ref-1b" role="doc-noteref">1</a></sup>.</p>

                <section class="endnotes" id="endnotes" role="doc-endnotes" aria-labelledby="endnotes-title">
                <h2 id="endnotes-title">Примітки</h2>
                <ol>
                <li id="note-1" class="note-source"><span class="backlinks"><a href="#ref-1a" role="doc-backlink" aria-label="Назад до посилання 1a">a</a> <span class="locator">p. 4</span> <a href="#ref-1b" role="doc-backlink" aria-label="Назад до посилання 1b">b</a></span> <cite>Briefing</cite>. NIS, <time datetime="2024-10-18">18 жовтня 2024</time>. Публічне посилання невідоме. <span class="grade">Надійність: <abbr title="Шкала Адміралтейства">B</abbr> (здебільшого надійне).</span> <a class="source-entry" href="../sources/#nis">Про це джерело</a></li>
                <li id="note-2" class="note-source"><span class="backlinks"><a href="#ref-2a" role="doc-backlink" aria-label="Назад до посилання 2a">&#8617;&#65038;</a></span> <cite><a href="https://example.org/s" rel="noopener noreferrer">Story</a></cite>. Wire, <time datetime="2024-10">жовтень 2024</time>. Переглянуто 2 листопада 2024. <a href="https://archive.example.org/s" rel="noopener noreferrer">Архівна копія</a>. <a class="source-entry" href="../sources/#wire">Про це джерело</a></li>
                </ol>
                </section>

                </main>
                </body>
                </html>
                """, site.get("page"));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
                <title>T</title>
                <id>https://example.org/t/</id>
                <link rel="alternate" type="text/html" href="https://example.org/t/"/>
                <link rel="self" type="application/atom+xml" href="https://example.org/t/feed.xml"/>
                <updated>2024-11-01T00:00:00Z</updated>
                <author><name>T</name></author>
                <entry>
                <title>Deployment</title>
                <id>https://example.org/t/deployment/</id>
                <link rel="alternate" type="text/html" href="https://example.org/t/deployment/"/>
                <published>2024-10-18T00:00:00Z</published>
                <updated>2024-11-01T00:00:00Z</updated>
                </entry>
                </feed>
                """, site.get("feed"));
    }
}
