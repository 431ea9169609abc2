package org.briefing.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void plainTextIsQuotedWhole() {
        assertEquals("\"Troops in Russia, 1,500.\"", Json.string("Troops in Russia, 1,500."));
        assertEquals("\"\"", Json.string(""));
    }

    @Test
    void markupQuotesAndSeparatorsAreEscaped() {
        assertEquals("\"a\\u003c/script\\u003e \\\"b\\\" \\\\ \\u0026 \\n \\u0001 \\u2028\"",
                Json.string("a</script> \"b\" \\ & \n \u0001 \u2028"));
    }

    /** Jackson as the oracle: whatever the text, it reads back exactly and nothing that could end a script is left raw. */
    @org.briefing.Hardening
    @Test
    void randomTextReadsBackWithJackson() throws Exception {
        Random random = new Random(17);
        String alphabet = "ab c,.\"\\<>&\n\t\r\u0000\u001f\u007f\u00e9\u2028\u2029\uD83D\uDE00/'";
        for (int n = 0; n < 3000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String json = Json.string(s.toString());
            assertEquals(s.toString(), JACKSON.readValue(json, String.class), json);
            String inside = json.substring(1, json.length() - 1);
            assertTrue(inside.chars().noneMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029), json);
        }
    }
}
