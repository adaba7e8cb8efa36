package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The under-13 rule at its boundary: 12 years and 364 days is under 13, 13 years and 0 days is not
 * (seeds 001: risks in children under 13 must be better recognised), for every date of birth,
 * leap days included.
 */
class AgeRuleProperties {

    @Provide
    Arbitrary<LocalDate> birthdays() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void theDayBeforeTheThirteenthBirthdayIsUnder13AndTheBirthdayIsNot(@ForAll("birthdays") LocalDate born) {
        LocalDate thirteenth = anniversary(born, 13);
        assertThat(AgeRule.under(AgeRule.years(born, thirteenth.minusDays(1)).orElseThrow(), 13)).isTrue();
        assertThat(AgeRule.under(AgeRule.years(born, thirteenth).orElseThrow(), 13)).isFalse();
    }

    /** The day a child born on 29 February turns 13 in a year without one is 1 March. */
    static LocalDate anniversary(LocalDate born, int years) {
        LocalDate day = born.plusYears(years);
        return day.getDayOfMonth() != born.getDayOfMonth() ? day.plusDays(1) : day;
    }

    @Property
    void ageNeverFallsAsTimePasses(@ForAll("birthdays") LocalDate born, @ForAll("days") int later) {
        LocalDate on = born.plusDays(later);
        assertThat(AgeRule.years(born, on.plusDays(1)).orElseThrow()).isGreaterThanOrEqualTo(AgeRule.years(born, on).orElseThrow());
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 20 * 366);
    }

    @Example
    void twelveYears364DaysIsUnder13() {
        LocalDate born = LocalDate.of(2013, 2, 27);
        assertThat(AgeRule.years(born, LocalDate.of(2026, 2, 26))).contains(12);
        assertThat(AgeRule.under(12, 13)).isTrue();
    }

    @Example
    void thirteenYears0DaysIsNot() {
        assertThat(AgeRule.years(LocalDate.of(2013, 2, 27), LocalDate.of(2026, 2, 27))).contains(13);
        assertThat(AgeRule.under(13, 13)).isFalse();
    }

    @Example
    void aLeapDayChildIsThirteenOnTheFirstOfMarchInAYearWithoutOne() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        assertThat(AgeRule.years(born, LocalDate.of(2025, 2, 28))).contains(12);
        assertThat(AgeRule.years(born, LocalDate.of(2025, 3, 1))).contains(13);
    }

    @Example
    void anUnknownAgeIsNotUnderAnyAge() {
        assertThat(AgeRule.years(null, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(AgeRule.years(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(AgeRule.under(null, 13)).isFalse();
    }
}
