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
 * {@code target/briefing}, the launcher {@code mvn package} writes beside the jar, run as a user runs
 * it: after packaging (failsafe), on the jar just made. It must run the commands with their exit
 * codes and output untouched, pass its JVM options and the archive for the JDK it runs (the AOT cache
 * on JDK 25 and newer, else the class-data-sharing archive; only when newer than the jar), keep the
 * JVM's CDS and AOT complaints off the output, and fail clearly when there is no jar or no java.
 */
class LauncherIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = PROJECT.resolve("target/briefing");
    static final Path JAR = PROJECT.resolve("target/briefing.jar");
    static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden/basic");
    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    /** Whether this kernel gives transparent huge pages to a process that asks, so the launcher asks. */
    static final boolean HUGE_PAGES = hugePages();

    record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void launcherAndJarExist() {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
                "target/briefing is a POSIX sh script; on Windows run java -jar target/briefing.jar");
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " must be executable: mvn package installs it with mode 755");
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
        assertEquals("briefing: no java on the PATH: install a JDK 17 or newer, or set JAVA_HOME\n", r.err());

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
        assertEquals(HUGE_PAGES, flags.contains("-XX:+UseTransparentHugePages"), r.all());
        assertEquals("", r.err(), "the JVM has nothing to warn about");
        assertTrue(flags.stream().noneMatch(f -> f.startsWith("-XX:SharedArchiveFile") || f.startsWith("-XX:AOTCache")),
                "no archive beside the jar, none passed\n" + r.all());

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
        Assumptions.assumeTrue("false".equals(siteSkip), "mvn -Dsite.skip trains no archive");
        // Maven's JDK trained it, and failsafe runs on that JDK: 25 and newer make an AOT cache.
        boolean aot = Runtime.version().feature() >= 25;
        if (!aot) {
            requireBaseCdsArchive();
        }
        Path archive = PROJECT.resolve(aot ? "target/briefing.aot" : "target/briefing.jsa");
        assertTrue(Files.isRegularFile(archive), "mvn package wrote " + archive);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) > 0, "archive newer than the jar");

        Path classes = tmp.resolve("classes.log");
        Run r = run(tmp, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xlog:class+load:file=" + classes),
                "check", "--root", PROJECT.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(flags(r).contains((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive), r.all());
        List<String> log = Files.readAllLines(classes);
        String shared = aot ? " source: shared objects file" : " source: shared objects file (top)";
        for (String c : List.of("org.briefing.cli.CheckCommand", "org.briefing.build.Build", "freemarker.template.Configuration",
                "com.vladsch.flexmark.parser.Parser", "tools.jackson.dataformat.yaml.YAMLFactory")) {
            assertTrue(log.stream().anyMatch(line -> line.endsWith("] " + c + shared)), c + " comes from " + archive);
        }
    }

    /**
     * Which archive the launcher picks, for each JDK: told by a stand-in {@code bin/java} that prints
     * its arguments, in a folder whose {@code release} file names the version, as a JDK's does.
     */
    @Test
    void picksTheAotCacheFromJdk25OnAndTheCdsArchiveBefore(@TempDir Path tmp) throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Path jar = Files.writeString(lib.resolve("briefing.jar"), "not read");
        Path cache = lib.resolve("briefing.aot");
        Path archive = lib.resolve("briefing.jsa");
        Path jdk17 = fakeJdk(tmp.resolve("jdk17"), "17.0.15", true);
        Path jdk25 = fakeJdk(tmp.resolve("jdk25"), "25.0.3", true);
        Path jdk26 = fakeJdk(tmp.resolve("jdk26"), "26-ea", false);
        Path bare = fakeJdk(tmp.resolve("bare17"), "17.0.15", false);
        String tail = " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" + (HUGE_PAGES ? " -XX:+UseTransparentHugePages" : "")
                + " %s -jar " + jar + " check";

        // Nothing beside the jar: no archive passed; asked to train, each JDK writes its own kind.
        assertEquals(String.format(tail, "").replace("  ", " "), argv(tmp, jdk17, jar, false));
        assertEquals(String.format(tail, "").replace("  ", " "), argv(tmp, jdk25, jar, false));
        assertEquals(String.format(tail, "-XX:AOTCacheOutput=" + cache + " -Xlog:aot=off -Xlog:cds=off"), argv(tmp, jdk25, jar, true));
        assertEquals(String.format(tail, "-XX:AOTCacheOutput=" + cache + " -Xlog:aot=off -Xlog:cds=off"), argv(tmp, jdk26, jar, true));
        assertEquals(String.format(tail, "-XX:ArchiveClassesAtExit=" + archive + " -Xlog:cds=off -Xlog:cds+dynamic=off"),
                argv(tmp, jdk17, jar, true));
        // A JDK without its own CDS archive cannot write a dynamic one: the JVM would refuse to start.
        assertEquals(String.format(tail, "").replace("  ", " "), argv(tmp, bare, jar, true));

        // Both newer than the jar: JDK 25 maps the AOT cache, JDK 17 the CDS archive, training or not.
        Files.writeString(cache, "cache");
        Files.writeString(archive, "archive");
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000);
        Files.setLastModifiedTime(cache, later);
        Files.setLastModifiedTime(archive, later);
        String useCache = String.format(tail, "-XX:AOTCache=" + cache + " -Xlog:aot=off -Xlog:cds=off");
        String useArchive = String.format(tail, "-XX:SharedArchiveFile=" + archive + " -Xlog:cds=off -Xlog:cds+dynamic=off");
        assertEquals(useCache, argv(tmp, jdk25, jar, false));
        assertEquals(useCache, argv(tmp, jdk25, jar, true));
        assertEquals(useArchive, argv(tmp, jdk17, jar, false));
        assertEquals(useArchive, argv(tmp, jdk17, jar, true));

        // The cache is older than the jar: JDK 25 falls back to a fresh CDS archive, or trains a new cache.
        Files.setLastModifiedTime(cache, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertEquals(useArchive, argv(tmp, jdk25, jar, false));
        assertEquals(String.format(tail, "-XX:AOTCacheOutput=" + cache + " -Xlog:aot=off -Xlog:cds=off"), argv(tmp, jdk25, jar, true));
        assertFalse(Files.exists(cache), "the stale cache is removed before training");
    }

    /** A folder laid out like a JDK whose bin/java prints the arguments it was given on one line. */
    private static boolean hugePages() {
        try {
            String mode = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (IOException e) {
            return false;
        }
    }

    static Path fakeJdk(Path home, String version, boolean defaultCdsArchive) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a; do printf ' %s' \"$a\"; done\necho\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\nJAVA_VERSION_DATE=\"2026-01-01\"\n");
        if (defaultCdsArchive) {
            Files.writeString(Files.createDirectories(home.resolve("lib/server")).resolve("classes.jsa"), "");
        }
        return home;
    }

    /** The JVM arguments the launcher passes to JAVA_HOME's java for {@code check}, without the trailing newline. */
    static String argv(Path tmp, Path javaHome, Path jar, boolean train) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("BRIEFING_JAR", jar.toString());
        if (train) {
            env.put("BRIEFING_TRAIN", "1");
        }
        Run r = run(tmp, env, "check");
        assertEquals(0, r.code(), r.all());
        assertEquals("", r.err());
        return r.out().stripTrailing();
    }

    /** A dynamic archive needs the JDK's own (lib/server/classes.jsa); without it the pom makes none. */
    static void requireBaseCdsArchive() {
        boolean present = Files.isRegularFile(JAVA_HOME.resolve("lib/server/classes.jsa"));
        String message = "this JDK has no default CDS archive (" + JAVA_HOME.resolve("lib/server/classes.jsa")
                + "), so it cannot make or use target/briefing.jsa; target/briefing runs without one";
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
