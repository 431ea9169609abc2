package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefing.security.TestSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing}, the launcher, run as a user runs it: after packaging (failsafe), on the
 * jar just made. It must run the commands with their exit codes and output untouched, pass its JVM
 * options and the class-data-sharing archive (only when that is newer than the jar), keep the JVM's
 * CDS complaints off the output, and fail clearly when there is no jar or no java.
 */
class LauncherIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = PROJECT.resolve("bin/briefing");
    static final Path JAR = PROJECT.resolve("target/briefing.jar");
    static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden/basic");
    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void launcherAndJarExist() {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
                "bin/briefing is a POSIX sh script; on Windows run java -jar target/briefing.jar");
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " must be executable (git update-index --chmod=+x)");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: failsafe runs after mvn package");
    }

    /** Runs the launcher (or {@code command[0]} when it is a path) with the test JVM's JDK unless env says otherwise. */
    static Run run(Path tmp, Map<String, String> env, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add(LAUNCHER.toString());
        argv.addAll(List.of(command));
        return exec(tmp, env, argv);
    }

    static Run exec(Path tmp, Map<String, String> env, List<String> argv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(PROJECT.toFile());
        Map<String, String> e = pb.environment();
        e.remove("BRIEFING_JAR");
        e.remove("BRIEFING_JAVA_OPTS");
        e.remove("JAVA_TOOL_OPTIONS");
        e.remove("SOURCE_DATE_EPOCH");
        e.put("JAVA_HOME", JAVA_HOME.toString());
        env.forEach((k, v) -> {
            if (v == null) {
                e.remove(k);
            } else {
                e.put(k, v);
            }
        });
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("timed out: " + argv);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void checksTheRealBriefing(@TempDir Path tmp) throws Exception {
        Run r = run(tmp, Map.of(), "check", "--root", PROJECT.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("ok: \\d+ pages checked\n"), "stdout holds the summary only, no JVM output\n" + r.all());
        assertTrue(r.err().isEmpty() || r.err().matches("(?s).*\n0 errors, \\d+ warnings?\n"), r.all());
    }

    @Test
    void buildsAFixtureSiteExactlyAsTheGoldenTestDoes(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("root");
        TestSite.copyTree(GOLDEN.resolve("content"), root.resolve("content"));
        TestSite.copyTree(GOLDEN.resolve("templates"), root.resolve("templates"));
        Path site = tmp.resolve("site");

        // The golden site is the site without the PDF edition (PdfEditionTest covers that).
        Run r = run(tmp, Map.of(), "build", "--no-pdf", "--root", root.toString(), "--out", site.toString());

        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("built \\d+ pages into " + Pattern.quote(site.toString()) + " in \\d+ ms\n"), r.all());
        assertEquals("", r.err());
        Path expected = GOLDEN.resolve("expected");
        assertEquals(files(expected), files(site));
        for (String f : files(expected)) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(site.resolve(f)), f);
        }
    }

    @Test
    void contentErrorsKeepTheirExitCodeAndMessages(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("root");
        TestSite.copyTree(GOLDEN.resolve("content"), root.resolve("content"));
        TestSite.copyTree(GOLDEN.resolve("templates"), root.resolve("templates"));
        Files.writeString(root.resolve("content/untitled.md"), "---\nsummary: no title here\n---\nText.\n");

        Run r = run(tmp, Map.of(), "check", "--root", root.toString());

        assertEquals(1, r.code(), r.all());
        assertEquals("content/untitled.md:1:1: error: page has no title\n  hint: add 'title: ...' to the front matter\n"
                + "1 error, 0 warnings\n", r.err());
        assertEquals(2, run(tmp, Map.of(), "build", "--no-such-option").code());
    }

    @Test
    void missingJarFailsWithAClearMessage(@TempDir Path tmp) throws Exception {
        Path none = tmp.resolve("target/briefing.jar");
        Run r = run(tmp, Map.of("BRIEFING_JAR", none.toString()), "check");
        assertEquals(2, r.code(), r.all());
        assertEquals("briefing: " + none + " not found: run mvn package first (or set BRIEFING_JAR)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingJavaFailsWithAClearMessage(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-path"));
        Map<String, String> noJava = new HashMap<>();
        noJava.put("JAVA_HOME", null);
        noJava.put("PATH", empty.toString());
        Run r = run(tmp, noJava, "check");
        assertEquals(2, r.code(), r.all());
        assertEquals("briefing: no java on the PATH: install a JDK 17 or set JAVA_HOME\n", r.err());

        Run wrongHome = run(tmp, Map.of("JAVA_HOME", empty.toString()), "check");
        assertEquals(2, wrongHome.code(), wrongHome.all());
        assertTrue(wrongHome.err().startsWith("briefing: JAVA_HOME is " + empty + ", but " + empty + "/bin/java is not an executable"),
                wrongHome.all());
    }

    @Test
    void findsTheJarThroughAChainOfSymlinks(@TempDir Path tmp) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("elsewhere/bin"));
        Files.createSymbolicLink(bin.resolve("first"), LAUNCHER);
        Files.createSymbolicLink(tmp.resolve("briefing"), Path.of("elsewhere/bin/first"));
        Run r = exec(tmp, Map.of(), List.of(tmp.resolve("briefing").toString(), "--version"));
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("briefing \\S+\n"), r.all());
    }

    @Test
    void passesItsOptionsThenTheUsersSoTheUsersWin(@TempDir Path tmp) throws Exception {
        Path jar = Files.copy(JAR, Files.createDirectories(tmp.resolve("lib")).resolve("briefing.jar"));
        Run r = run(tmp, Map.of("BRIEFING_JAR", jar.toString(), "BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
        assertEquals(0, r.code(), r.all());
        List<String> flags = flags(r);
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1") && flags.contains("-XX:+UseSerialGC"), r.all());
        assertTrue(flags.stream().noneMatch(f -> f.startsWith("-XX:SharedArchiveFile")), "no archive beside the jar, none passed\n" + r.all());

        Run mine = run(tmp, Map.of("BRIEFING_JAR", jar.toString(),
                "BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseParallelGC"), "--version");
        assertEquals(0, mine.code(), mine.all());
        List<String> mineFlags = flags(mine);
        assertTrue(mineFlags.contains("-XX:TieredStopAtLevel=4") && mineFlags.contains("-XX:+UseParallelGC")
                && !mineFlags.contains("-XX:+UseSerialGC"), mine.all());
    }

    @Test
    void usesTheArchiveOnlyWhenNewerThanTheJarAndNeverComplains(@TempDir Path tmp) throws Exception {
        requireBaseCdsArchive();
        Path jar = Files.copy(JAR, Files.createDirectories(tmp.resolve("lib")).resolve("briefing.jar"));
        Path archive = tmp.resolve("lib/briefing.jsa");
        Run dump = exec(tmp, Map.of(), List.of(JAVA_HOME.resolve("bin/java").toString(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "check", "--root", PROJECT.toString()));
        assertEquals(0, dump.code(), dump.all());
        assertTrue(Files.size(archive) > 0, "the JVM wrote " + archive);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0);

        Path classes = tmp.resolve("classes.log");
        Map<String, String> env = Map.of("BRIEFING_JAR", jar.toString(),
                "BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xlog:class+load:file=" + classes);
        Run used = run(tmp, env, "--version");
        assertEquals(0, used.code(), used.all());
        assertTrue(flags(used).contains("-XX:SharedArchiveFile=" + archive), used.all());
        assertTrue(Files.readString(classes).contains("org.briefing.cli.Main source: shared objects file (top)"),
                "Main comes from the archive");

        // The jar is rebuilt after the archive: it is left out, so the JVM has nothing to say about it.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 60_000));
        Run stale = run(tmp, env, "--version");
        assertEquals(0, stale.code(), stale.all());
        assertTrue(flags(stale).stream().noneMatch(f -> f.startsWith("-XX:SharedArchiveFile")), stale.all());
        assertFalse(Files.readString(classes).contains("shared objects file (top)"), "no archive mapped");

        // The jar was replaced by another whose time is still older than the archive's: the launcher passes
        // it, the JVM rejects it (the jar's time no longer matches), and says so unless told to keep quiet.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 120_000));
        Run plain = exec(tmp, Map.of(), List.of(JAVA_HOME.resolve("bin/java").toString(), "-XX:SharedArchiveFile=" + archive,
                "-jar", jar.toString(), "--version"));
        assertTrue(plain.out().contains("[warning][cds"), "the JVM does complain about this archive:\n" + plain.all());
        Run rejected = run(tmp, Map.of("BRIEFING_JAR", jar.toString()), "--version");
        assertEquals(0, rejected.code(), rejected.all());
        assertTrue(rejected.out().matches("briefing \\S+\n"), rejected.all());
        assertEquals("", rejected.err());
    }

    @Test
    void packageMadeTheArchiveThatCheckLoadsFrom(@TempDir Path tmp) throws Exception {
        String siteSkip = System.getProperty("site.skip");
        Assumptions.assumeTrue(siteSkip != null,
                "run by failsafe (mvn verify), which says whether the site build, and so the archive, ran");
        Assumptions.assumeTrue("false".equals(siteSkip), "mvn -Dsite.skip makes no target/briefing.jsa");
        requireBaseCdsArchive();
        Path archive = PROJECT.resolve("target/briefing.jsa");
        assertTrue(Files.isRegularFile(archive), "mvn package wrote " + archive);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) > 0, "archive newer than the jar");

        Path classes = tmp.resolve("classes.log");
        Run r = run(tmp, Map.of("BRIEFING_JAVA_OPTS", "-Xlog:class+load:file=" + classes), "check", "--root", PROJECT.toString());
        assertEquals(0, r.code(), r.all());
        String log = Files.readString(classes);
        for (String c : List.of("org.briefing.cli.CheckCommand", "org.briefing.build.Build", "freemarker.template.Configuration",
                "com.vladsch.flexmark.parser.Parser", "tools.jackson.dataformat.yaml.YAMLFactory")) {
            assertTrue(log.contains(c + " source: shared objects file (top)"), c + " comes from the archive");
        }
    }

    /** A dynamic archive needs the JDK's own (lib/server/classes.jsa); without it the pom makes none. */
    static void requireBaseCdsArchive() {
        boolean present = Files.isRegularFile(JAVA_HOME.resolve("lib/server/classes.jsa"));
        String message = "this JDK has no default CDS archive (" + JAVA_HOME.resolve("lib/server/classes.jsa")
                + "), so it cannot make or use target/briefing.jsa; bin/briefing runs without one";
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** The flags -XX:+PrintCommandLineFlags printed on the first line of standard output. */
    static List<String> flags(Run r) {
        return List.of(r.out().lines().findFirst().orElse("").strip().split(" +"));
    }
}
