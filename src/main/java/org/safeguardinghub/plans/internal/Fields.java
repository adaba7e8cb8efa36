package org.safeguardinghub.plans.internal;

import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.shared.DateInput;

/** How the plans' forms read a field, and the problem (a message key) each may have. */
public final class Fields {

    /** Words a practitioner writes in a plan: enough for a paragraph, not a report. */
    public static final int TEXT = 2000;
    /** One line: what an action is, an outcome. */
    public static final int LINE = 500;

    private Fields() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String stripped(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Requires the text, at most {@code max} characters once trimmed; the problem is put under {@code field}. */
    public static void required(Map<String, String> problems, String field, String value, int max, String missingKey) {
        if (blank(value)) {
            problems.put(field, missingKey);
        } else if (value.strip().length() > max) {
            problems.put(field, max == LINE ? "plan.error.tooLongLine" : "plan.error.tooLong");
        }
    }

    /** Optional text, at most {@code max} characters once trimmed. */
    public static void optional(Map<String, String> problems, String field, String value, int max) {
        if (!blank(value) && value.strip().length() > max) {
            problems.put(field, max == LINE ? "plan.error.tooLongLine" : "plan.error.tooLong");
        }
    }

    /** A required date: missing, not a date, or the date. */
    public static Optional<java.time.LocalDate> date(Map<String, String> problems, String field, DateInput input,
                                                     String missingKey) {
        if (input == null || input.isBlank()) {
            problems.put(field, missingKey);
            return Optional.empty();
        }
        if (input.error() != null) {
            problems.put(field, input.error());
            return Optional.empty();
        }
        return input.date();
    }

    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
