package org.safeguardinghub.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as pages show them, always in England's time ({@code ${@formats.dateTime(...)}}
 * in templates). An event known only by its date is shown without a time, never as midnight.
 */
@Component("formats")
public class Formats {

    public String date(LocalDate date) {
        return date == null ? "" : date.format(pattern("d MMM yyyy"));
    }

    public String date(Instant instant) {
        return instant == null ? "" : instant.atZone(HubTime.ZONE).format(pattern("d MMM yyyy"));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(HubTime.ZONE).format(pattern("d MMM yyyy, HH:mm"));
    }

    /** To the second, as the audit shows when something was done. */
    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : instant.atZone(HubTime.ZONE).format(pattern("d MMM yyyy, HH:mm:ss"));
    }

    public String dateTime(Instant instant, boolean dateOnly) {
        return dateOnly ? date(instant) : dateTime(instant);
    }

    private static DateTimeFormatter pattern(String pattern) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
