package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.risk.TestTools;

/** Which band something last seen falls in, at the band's edges (whole calendar months). */
class RecencyRuleTest {

    @Test
    void withinSixMonthsUntilTheDayBeforeSixMonthsHavePassed() {
        LocalDate seen = LocalDate.of(2026, 3, 10);
        assertThat(RecencyRule.band(TestTools.small(), seen, LocalDate.of(2026, 9, 9)).code()).isEqualTo("NOW");
        assertThat(RecencyRule.band(TestTools.small(), seen, LocalDate.of(2026, 9, 10)).code()).isEqualTo("EARLIER");
        assertThat(RecencyRule.band(TestTools.small(), seen, LocalDate.of(2027, 3, 9)).code()).isEqualTo("EARLIER");
        assertThat(RecencyRule.band(TestTools.small(), seen, LocalDate.of(2027, 3, 10)).code()).isEqualTo("LONG_AGO");
    }

    @Test
    void somethingDatedLaterThanTodayIsNow() {
        assertThat(RecencyRule.band(TestTools.small(), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 10)).code())
                .isEqualTo("NOW");
    }
}
