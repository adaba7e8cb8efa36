package org.safeguardinghub.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date typed into the GOV.UK date input (day, month and year boxes). Blank means no date;
 * otherwise all three parts must make a real date, and {@link #error()} names what is wrong as a
 * message key the page shows beside the boxes.
 */
public record DateInput(String day, String month, String year) {

    public static DateInput of(LocalDate date) {
        return date == null ? new DateInput(null, null, null)
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    public Optional<LocalDate> date() {
        return isBlank() || error() != null ? Optional.empty() : Optional.of(parse());
    }

    /** Null when the date is blank or valid; otherwise the message key of the problem. */
    public String error() {
        if (isBlank()) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            return "date.incomplete";
        }
        try {
            LocalDate date = parse();
            return date.getYear() < 1900 ? "date.invalid" : null;
        } catch (NumberFormatException | DateTimeException e) {
            return "date.invalid";
        }
    }

    private LocalDate parse() {
        return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
