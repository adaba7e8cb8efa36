package org.safeguardinghub.chronology.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.safeguardinghub.shared.HubTime;

/**
 * A time as partners send it: an ISO-8601 date-time with an offset, or a date alone. A date
 * alone starts at midnight in England; as an end time it covers the whole day.
 */
public record FeedTime(Instant instant, LocalDate date, boolean dateOnly) {

    /**
     * The dates a partner may send. A year of -5000 or 300000 parses, but is nothing a child's record
     * can hold (and beyond what the database's timestamps store): one such event is refused on its
     * own, never the whole batch (contract: one bad event never rejects the good ones).
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String OUT_OF_RANGE = "must be between " + EARLIEST + " and " + LATEST;

    /** Whether a date is one the record can hold. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static Optional<FeedTime> parse(String text) {
        try {
            if (text.indexOf('T') < 0) {
                LocalDate date = LocalDate.parse(text);
                return Optional.of(new FeedTime(date.atStartOfDay(HubTime.ZONE).toInstant(), date, true));
            }
            OffsetDateTime time = Optional.ofNullable(FeedTimeText.usual(text)).orElseGet(() -> OffsetDateTime.parse(text));
            return Optional.of(new FeedTime(time.toInstant(), time.atZoneSameInstant(HubTime.ZONE).toLocalDate(), false));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** As an end time: a date alone means up to the last second of that day. */
    Instant asEnd() {
        return dateOnly ? date.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant().minusSeconds(1) : instant;
    }

    boolean isAfter(Instant now) {
        return dateOnly ? date.isAfter(LocalDate.ofInstant(now, HubTime.ZONE)) : instant.isAfter(now);
    }

    /** The form kept in the content hash: the date, or the instant in UTC. */
    String canonical() {
        return dateOnly ? date.toString() : instant.toString();
    }
}
