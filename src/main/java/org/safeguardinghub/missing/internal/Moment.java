package org.safeguardinghub.missing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.HubTime;

/**
 * A moment typed into a form: the GOV.UK date input and a time on the 24-hour clock, in England's
 * time (British Summer Time or Greenwich Mean Time as the day falls). Plain Java.
 */
public record Moment(DateInput date, String time) {

    public static Moment of(Instant at) {
        if (at == null) {
            return new Moment(new DateInput(null, null, null), null);
        }
        LocalTime local = LocalTime.ofInstant(at, HubTime.ZONE);
        return new Moment(DateInput.of(LocalDate.ofInstant(at, HubTime.ZONE)),
                String.format("%02d:%02d", local.getHour(), local.getMinute()));
    }

    public boolean isBlank() {
        return date.isBlank() && (time == null || time.isBlank());
    }

    /** The moment, if date and time are both given and real. */
    public Optional<Instant> instant() {
        return date.date().flatMap(day -> clockTime().map(t -> day.atTime(t).atZone(HubTime.ZONE).toInstant()));
    }

    /**
     * Checks the moment, putting the problem (a message key) under {@code field} (the date boxes) or
     * {@code field + "Time"}; returns whether it is usable.
     */
    public boolean check(String field, boolean required, Map<String, String> problems) {
        if (isBlank() || required && date.isBlank()) {
            // a required moment with only a time typed still lacks what the field asks for: say that
            if (required) {
                problems.put(field, "missing.error." + field + ".required");
            }
            return false;
        }
        if (date.isBlank() || date.error() != null) {
            problems.put(field, date.isBlank() ? "date.incomplete" : date.error());
            return false;
        }
        if (clockTime().isEmpty()) {
            problems.put(field + "Time", "missing.error.time");
            return false;
        }
        return true;
    }

    private Optional<LocalTime> clockTime() {
        if (time == null || time.isBlank()) {
            return Optional.empty();
        }
        String t = time.strip().replace('.', ':');
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
