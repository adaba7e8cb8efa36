package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.DateInput;

/** A moment typed into a form: what is missing is named, and England's clock is read as it was that day. */
class MomentTest {

    static Map<String, String> problems(Moment moment, boolean required) {
        Map<String, String> problems = new HashMap<>();
        moment.check("started", required, problems);
        return problems;
    }

    @Test
    void aRequiredMomentWithNoDateAsksForItWhetherOrNotATimeWasTyped() {
        assertThat(problems(new Moment(new DateInput(null, null, null), null), true))
                .containsExactly(Map.entry("started", "missing.error.started.required"));
        assertThat(problems(new Moment(new DateInput(null, null, null), "25:99"), true))
                .containsExactly(Map.entry("started", "missing.error.started.required"));
        assertThat(problems(new Moment(new DateInput(null, null, null), "10:00"), false))
                .containsExactly(Map.entry("started", "date.incomplete"));
        assertThat(problems(new Moment(new DateInput(null, null, null), null), false)).isEmpty();
    }

    @Test
    void aRealDateWithAnImpossibleTimeIsTheTimesProblem() {
        assertThat(problems(new Moment(new DateInput("1", "6", "2026"), "25:99"), true))
                .containsExactly(Map.entry("startedTime", "missing.error.time"));
    }

    @Test
    void theSameClockTimeIsAnHourApartInSummerAndWinter() {
        assertThat(new Moment(new DateInput("1", "7", "2026"), "10:00").instant()).contains(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(new Moment(new DateInput("1", "12", "2026"), "10.00").instant()).contains(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(Moment.of(Instant.parse("2026-07-01T09:00:00Z")).time()).isEqualTo("10:00");
    }
}
