package org.briefing.prose;

import org.briefing.diag.Position;

/** Words in double quotation marks (straight or curly), without the marks; {@code at} is the opening mark. */
public record Quote(String text, Position at) {
}
