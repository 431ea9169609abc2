package org.briefing.content;

/** A {@code content/facts/NAME.yaml} file, exposed to templates as {@code data.NAME}. */
public record FactFile(String name, YamlDocument document) {
}
