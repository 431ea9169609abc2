package org.briefing.cite;

/**
 * One {@code @key} inside a bracketed citation: {@code [see @key, p. 4]} has prefix "see",
 * key "key" and locator "p. 4". {@code keyOffset} is the index of '@' within the bracket text.
 */
public record CitationItem(String prefix, String key, String locator, int keyOffset) {
}
