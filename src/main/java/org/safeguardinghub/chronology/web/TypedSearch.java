package org.safeguardinghub.chronology.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed into the name box, which may hold a date of birth as well ("Kaleigh Smith
 * 14/3/2002", "Kayleigh Smyth 2002-03-14"): the name without the date, and the date, read day first
 * as dates are written in England.
 */
record TypedSearch(String name, Optional<LocalDate> dateOfBirth) {

    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    static TypedSearch of(String typed) {
        if (typed == null) {
            return new TypedSearch(null, Optional.empty());
        }
        for (Pattern pattern : new Pattern[] {ISO, DAY_FIRST}) {
            Matcher m = pattern.matcher(typed);
            if (m.find()) {
                Optional<LocalDate> date = pattern == ISO ? date(m.group(1), m.group(2), m.group(3))
                        : date(m.group(3), m.group(2), m.group(1));
                if (date.isPresent()) {
                    String rest = (typed.substring(0, m.start()) + " " + typed.substring(m.end())).strip()
                            .replaceAll("\\s+", " ");
                    return new TypedSearch(rest, date);
                }
            }
        }
        return new TypedSearch(typed, Optional.empty());
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
