package org.safeguardinghub.meetings.internal;

import java.util.Optional;
import java.util.UUID;

/** What a form field holds, read the same way by every meetings form. */
public final class Text {

    private Text() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    public static boolean longerThan(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<UUID> uuid(String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
