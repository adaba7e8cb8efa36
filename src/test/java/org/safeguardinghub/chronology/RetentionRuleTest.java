package org.safeguardinghub.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AgencyType;

/** Retention rules at their boundaries: due on the day, not the day before; never without the date they count from. */
class RetentionRuleTest {

    static final RetentionRule SOCIAL_CARE = new RetentionRule(AgencyType.CHILDRENS_SOCIAL_CARE,
            RetentionRule.Basis.BIRTHDAY, 75, "to the 75th birthday");
    static final RetentionRule POLICE = new RetentionRule(AgencyType.POLICE, RetentionRule.Basis.LAST_ENTRY, 10, "ten years");

    @Test
    void socialCareRecordsAreDueOnTheSeventyFifthBirthdayAndNotTheDayBefore() {
        LocalDate born = LocalDate.of(1951, 6, 15);
        assertThat(SOCIAL_CARE.due(born, LocalDate.of(1969, 1, 1), LocalDate.of(2026, 6, 14))).isFalse();
        assertThat(SOCIAL_CARE.due(born, LocalDate.of(1969, 1, 1), LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(SOCIAL_CARE.dueOn(born, null)).contains(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aLeapDayBirthdayIsDueOnTheLastDayOfFebruaryInOtherYears() {
        assertThat(SOCIAL_CARE.dueOn(LocalDate.of(1952, 2, 29), null)).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aRuleFromBirthIsNeverDueWithoutADateOfBirth() {
        assertThat(SOCIAL_CARE.due(null, LocalDate.of(1900, 1, 1), LocalDate.of(2026, 12, 6))).isFalse();
        assertThat(SOCIAL_CARE.dueOn(null, LocalDate.of(1900, 1, 1))).isEmpty();
    }

    @Test
    void aRuleFromTheLastEntryCountsFromIt() {
        LocalDate last = LocalDate.of(2016, 12, 6);
        assertThat(POLICE.due(LocalDate.of(2000, 1, 1), last, LocalDate.of(2026, 12, 5))).isFalse();
        assertThat(POLICE.due(LocalDate.of(2000, 1, 1), last, LocalDate.of(2026, 12, 6))).isTrue();
    }

    @Property
    void dueExactlyFromTheDueDayOn(@ForAll @DateRange(min = "1900-01-01", max = "2030-12-31") LocalDate from,
                                   @ForAll @IntRange(min = 1, max = 100) int years,
                                   @ForAll @IntRange(min = -400, max = 400) int offset) {
        RetentionRule rule = new RetentionRule(AgencyType.HEALTH, RetentionRule.Basis.LAST_ENTRY, years, "");
        LocalDate due = from.plusYears(years);
        assertThat(rule.due(null, from, due.plusDays(offset))).isEqualTo(offset >= 0);
    }
}
