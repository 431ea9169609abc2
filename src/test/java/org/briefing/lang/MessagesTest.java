package org.briefing.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundles and the date formats, per language. */
class MessagesTest {

    @Test
    void everyLanguageHasEveryKey() throws java.io.IOException {
        var english = Messages.of("en").keys();
        for (String tag : Messages.LANGUAGES) {
            assertEquals(english, Messages.of(tag).keys(), tag);
            // Its own file, not the English one behind it: a key missing there would show in English.
            String file = tag.equals("en") ? "messages.properties" : "messages_" + tag + ".properties";
            java.util.Properties own = new java.util.Properties();
            try (var in = MessagesTest.class.getResourceAsStream(file)) {
                own.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertEquals(english, new java.util.TreeSet<>(own.stringPropertyNames()), file);
        }
    }

    @Test
    void datesInEachLanguage() {
        assertEquals("18 October 2024 | October 2024 | 2024 | 5 March 2023",
                dates(Messages.of("en")));
        assertEquals("2024년 10월 18일 | 2024년 10월 | 2024년 | 2023년 3월 5일", dates(Messages.of("ko")));
        assertEquals("18 жовтня 2024 | жовтень 2024 | 2024 | 5 березня 2023", dates(Messages.of("uk")));
    }

    private static String dates(Messages m) {
        return String.join(" | ", m.date("2024-10-18"), m.date("2024-10"), m.date("2024"), m.date("2023-03-05"));
    }

    @Test
    void notADateIsLeftAsItIs() {
        Messages en = Messages.of("en");
        assertEquals("2024-13-01 | 2024-02-30 | soon | ", String.join(" | ",
                en.date("2024-13-01"), en.date("2024-02-30"), en.date("soon"), en.date("")));
    }

    @Test
    void regionsAndUnknownLanguages() {
        assertEquals(Locale.forLanguageTag("uk"), Messages.of("uk-UA").locale());
        assertEquals("Примітки", Messages.of("uk-UA").text("notes"));
        // No bundle: English words and English dates, whatever the machine's default locale.
        assertEquals(Locale.ENGLISH, Messages.of("de").locale());
        assertEquals("Notes | 18 October 2024", Messages.of("de").text("notes") + " | " + Messages.of("de").date("2024-10-18"));
    }

    @Test
    void placeholdersAreFilled() {
        assertEquals("Back to citation 2b", Messages.of("en").text("back_to_citation", "2b"));
        assertEquals("인용 2b(으)로 돌아가기", Messages.of("ko").text("back_to_citation", "2b"));
    }
}
