package org.safeguardinghub.chronology.events;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The form nearly every partner sends a time in, {@code 2026-03-14T21:15:00Z} or with a fraction of
 * a second or an offset such as {@code +01:00}, read without the general ISO-8601 parser, which was
 * a fifteenth of the feed's own time (issue 18). Anything else (lower-case letters, a year beyond
 * four digits, an impossible date, offset seconds) is left to {@link OffsetDateTime#parse}, which
 * decides it as before; {@code FeedTimeTextTest} holds the two to the same answers.
 */
final class FeedTimeText {

    private FeedTimeText() {
    }

    /** The time, or null if the text is not in the usual form or is not a real time. */
    static OffsetDateTime usual(String text) {
        int n = text.length();
        if (n < 20 || !shape(text)) {
            return null;
        }
        int end = n;
        ZoneOffset offset;
        if (text.charAt(n - 1) == 'Z') {
            offset = ZoneOffset.UTC;
            end = n - 1;
        } else if (n >= 25 && (text.charAt(n - 6) == '+' || text.charAt(n - 6) == '-') && text.charAt(n - 3) == ':'
                && digits(text, n - 5, n - 3) && digits(text, n - 2, n)) {
            int sign = text.charAt(n - 6) == '-' ? -1 : 1;
            end = n - 6;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * number(text, n - 5, n - 3), sign * number(text, n - 2, n));
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        Integer nanos = fraction(text, 19, end);
        if (nanos == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                    number(text, 14, 16), number(text, 17, 19), nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code dddd-dd-ddTdd:dd:dd} at the start. */
    private static boolean shape(String text) {
        return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7) && text.charAt(7) == '-'
                && digits(text, 8, 10) && text.charAt(10) == 'T' && digits(text, 11, 13) && text.charAt(13) == ':'
                && digits(text, 14, 16) && text.charAt(16) == ':' && digits(text, 17, 19);
    }

    /** Nothing, or a point and one to nine digits, between {@code from} and {@code to}, as nanoseconds. */
    private static Integer fraction(String text, int from, int to) {
        if (from == to) {
            return 0;
        }
        int digits = to - from - 1;
        if (text.charAt(from) != '.' || digits < 1 || digits > 9 || !digits(text, from + 1, to)) {
            return null;
        }
        int value = number(text, from + 1, to);
        for (int i = digits; i < 9; i++) {
            value *= 10;
        }
        return value;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
