package org.safeguardinghub.chronology.api;

import org.safeguardinghub.shared.InvalidRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.safeguardinghub.chronology.ChronologyFilter;
import org.safeguardinghub.chronology.events.FeedTime;

/** The from and to of API queries: dates (whole days in England) or date-times with offset, both inclusive. */
final class ApiTime {

    private ApiTime() {
    }

    static Instant from(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().indexOf('T') < 0 ? ChronologyFilter.startOf(date(text, name)) : dateTime(text, name);
    }


    /** The exclusive end of an inclusive "to". */
    static Instant until(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().indexOf('T') < 0 ? ChronologyFilter.endOf(date(text, name)) : dateTime(text, name).plusNanos(1000);
    }

    private static LocalDate date(String text, String name) {
        try {
            return plausible(LocalDate.parse(text.strip()), name);
        } catch (DateTimeParseException e) {
            throw invalid(name);
        }
    }

    private static Instant dateTime(String text, String name) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip());
            plausible(time.toLocalDate(), name);
            return time.toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name);
        }
    }

    // a year of -5000 parses, but the database cannot compare with it: refused as the feed refuses it
    private static LocalDate plausible(LocalDate date, String name) {
        if (!FeedTime.plausible(date)) {
            throw new InvalidRequest(name + " " + FeedTime.OUT_OF_RANGE);
        }
        return date;
    }

    private static InvalidRequest invalid(String name) {
        return new InvalidRequest(name + " must be an ISO-8601 date or date-time with offset");
    }
}
