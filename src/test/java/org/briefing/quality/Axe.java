package org.briefing.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (from its webjar on the test classpath) injected into the page under test and run
 * with the WCAG 2.0/2.1/2.2 A and AA rules. Usage: {@code List<String> v = Axe.violations(driver);}
 */
final class Axe {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The webjar's version, read from its own Maven metadata so the pom is the one place to change it. */
    static final String VERSION = version();
    private static final String SCRIPT = load("META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js");

    private Axe() {
    }

    /** Each violation as {@code rule-id (impact): help -> [css selectors of the offending nodes]}. */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor page) {
        page.executeScript(SCRIPT);
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed to run: ' + e]));
                """, TAGS);
        return (List<String>) result;
    }

    private static String version() {
        Properties pom = new Properties();
        try (InputStream in = Axe.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the axe-core webjar is not on the test classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
