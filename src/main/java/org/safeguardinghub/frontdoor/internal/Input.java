package org.safeguardinghub.frontdoor.internal;

import java.util.Optional;

/** What a form field holds, read the same way by every front-door form. */
public final class Input {

    private Input() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Blank, or too long once trimmed. */
    public static boolean missingOrLongerThan(String s, int max) {
        return blank(s) || s.strip().length() > max;
    }

    public static Optional<Integer> number(String s) {
        try {
            return blank(s) ? Optional.empty() : Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
