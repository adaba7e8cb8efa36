package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** School age starts in the September after the fourth birthday and lasts until 18; an unknown birth date counts as school age. */
class SchoolAgeProperties {

    @Provide
    Arbitrary<LocalDate> births() {
        return Arbitraries.integers().between(0, 365 * 20).map(n -> LocalDate.of(2005, 1, 1).plusDays(n));
    }

    @Example
    void aChildBornOn31AugustStartsTheDayAfterTurningFourAndOneBornOn1SeptemberWaitsAYear() {
        assertThat(SchoolAge.startsSchool(LocalDate.of(2020, 8, 31))).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(SchoolAge.startsSchool(LocalDate.of(2020, 9, 1))).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(SchoolAge.on(LocalDate.of(2020, 8, 31), LocalDate.of(2024, 8, 31))).isFalse();
        assertThat(SchoolAge.on(LocalDate.of(2020, 8, 31), LocalDate.of(2024, 9, 1))).isTrue();
        assertThat(SchoolAge.on(null, LocalDate.of(2024, 9, 1))).isTrue();
    }

    @Example
    void schoolAgeEndsOnTheEighteenthBirthday() {
        assertThat(SchoolAge.on(LocalDate.of(2008, 3, 10), LocalDate.of(2026, 3, 9))).isTrue();
        assertThat(SchoolAge.on(LocalDate.of(2008, 3, 10), LocalDate.of(2026, 3, 10))).isFalse();
    }

    @Property
    void schoolStartsOnA1SeptemberAfterTheFourthBirthdayAndWithinAYear(@ForAll("births") LocalDate born) {
        LocalDate starts = SchoolAge.startsSchool(born);
        assertThat(starts.getMonth()).isEqualTo(Month.SEPTEMBER);
        assertThat(starts.getDayOfMonth()).isEqualTo(1);
        assertThat(starts).isAfter(born.plusYears(4)).isBeforeOrEqualTo(born.plusYears(5));
    }

    @Property
    void ofSchoolAgeExactlyFromTheStartUntilEighteen(@ForAll("births") LocalDate born, @ForAll("births") LocalDate day) {
        boolean expected = !day.isBefore(SchoolAge.startsSchool(born)) && day.isBefore(born.plusYears(18));
        assertThat(SchoolAge.on(born, day)).isEqualTo(expected);
    }
}
