package org.briefing.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * File and folder names that work on every system a reviewer may check the repository out on.
 * A backslash is a folder separator on Windows; {@code < > : " | ? *} and controls are not allowed
 * there, a trailing dot or space is dropped, and CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (in any
 * case, with any extension) are devices: such a file cannot even be checked out.
 * Usage: {@code PortableName.problem("CON.md")}.
 */
public final class PortableName {
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\\..*)?");

    private PortableName() {
    }

    /** Why {@code name} (one path segment) is not portable; empty when it is. */
    public static Optional<String> problem(String name) {
        if (name.indexOf('\\') >= 0) {
            return Optional.of("file name '" + name + "' has a backslash, which Windows reads as a folder separator");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < ' ' || "<>:\"|?*".indexOf(c) >= 0) {
                return Optional.of("file name '" + name + "' has a character Windows does not allow in names");
            }
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return Optional.of("file name '" + name + "' ends in a dot or space, which Windows drops");
        }
        if (RESERVED.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.of("file name '" + name + "' is reserved on Windows (a device name)");
        }
        return Optional.empty();
    }

    /** The hint that goes with either problem. */
    public static String hint() {
        return "rename it: use letters, digits, '.', '-' and '_'";
    }
}
