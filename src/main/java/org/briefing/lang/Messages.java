package org.briefing.lang;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words the generator writes itself ("Notes", "Published", grade words, ...) and its date
 * formats, in the site's language: {@code Messages.of("ko").text("notes")}. English is the base;
 * Korean and Ukrainian are bundled. A language without a bundle gets English words and English
 * dates. Never reads the JVM's default locale. Immutable and thread-safe.
 */
public final class Messages {
    private static final String BUNDLE = "org.briefing.lang.messages";
    /** Languages with a bundle of their own; any other falls back to English. */
    public static final List<String> LANGUAGES = List.of("en", "ko", "uk");

    private static final String[] SLOTS = {"{0}", "{1}", "{2}", "{3}"};

    private final Locale locale;
    /** The bundle read once into a map: endnotes ask for a message per back-link of every page. */
    private final Map<String, String> texts;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter year;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        Map<String, String> m = new HashMap<>();
        for (String key : bundle.keySet()) {
            m.put(key, bundle.getString(key));
        }
        this.texts = Map.copyOf(m);
        this.day = DateTimeFormatter.ofPattern(bundle.getString("date.day"), locale);
        this.month = DateTimeFormatter.ofPattern(bundle.getString("date.month"), locale);
        this.year = DateTimeFormatter.ofPattern(bundle.getString("date.year"), locale);
    }

    /** The messages for a language tag such as {@code en}, {@code ko} or {@code uk-UA}. */
    public static Messages of(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag);
        Locale chosen = LANGUAGES.contains(wanted.getLanguage()) ? Locale.forLanguageTag(wanted.getLanguage()) : Locale.ENGLISH;
        // No fallback to the default locale: the same site reads the same on every machine.
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(chosen, b);
    }

    /** The locale dates and numbers are formatted in. */
    public Locale locale() {
        return locale;
    }

    /** Every message key, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The message {@code key} with {@code {0}}, {@code {1}}, ... replaced by {@code args}. */
    public String text(String key, Object... args) {
        String s = texts.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        for (int i = 0; i < args.length; i++) {
            String slot = i < SLOTS.length ? SLOTS[i] : "{" + i + "}";
            if (s.contains(slot)) {
                s = s.replace(slot, String.valueOf(args[i]));
            }
        }
        return s;
    }

    /**
     * An ISO date in words: {@code 2024-10-18} -> "18 October 2024" (en), "2024년 10월 18일" (ko),
     * "18 жовтня 2024" (uk); {@code YYYY-MM} and {@code YYYY} likewise. Anything else is returned
     * as it is.
     */
    public String date(String iso) {
        try {
            return switch (iso.length()) {
                case 10 -> day.format(LocalDate.parse(iso));
                case 7 -> month.format(YearMonth.parse(iso));
                case 4 -> year.format(Year.parse(iso));
                default -> iso;
            };
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
