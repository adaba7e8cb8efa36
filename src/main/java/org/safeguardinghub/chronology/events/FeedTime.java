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

    public static Optional<FeedTime> parse(String text) {
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return Optional.of(new FeedTime(date.atStartOfDay(HubTime.ZONE).toInstant(), date, true));
            }
            OffsetDateTime time = OffsetDateTime.parse(text);
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
