package org.briefing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a slow hardening test: random or hostile input, differential rendering against flexmark,
 * child JVMs, kills, reproducibility across locales. {@code mvn package} leaves these out so a
 * content edit builds in seconds; {@code mvn verify} runs them (the pom's {@code hardening}
 * execution). Usage: {@code @Hardening class RandomContentTest} or on a single test method.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("hardening")
public @interface Hardening {
}
