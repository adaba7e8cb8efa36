package org.safeguardinghub.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.calendar.TestCalendars;
import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.oversight.Disagreement;

/** The stages of escalation and their response times (defaults 2, 3, 5 and 10 working days). */
class EscalationPolicyTest {

    final EscalationPolicy policy = new EscalationPolicy(List.of(2, 3, 5, 10));
    final WorkingDayCalendar calendar = TestCalendars.ENGLAND_2025_2026;

    @Test
    void stageOneIsDueTwoWorkingDaysAfterItIsRaised() {
        // raised Thursday 21 August 2025; Monday 25 August is a bank holiday
        Disagreement.Stage stage = policy.start(1, LocalDate.of(2025, 8, 21), calendar);
        assertThat(stage.dueOn()).isEqualTo(LocalDate.of(2025, 8, 26));
    }

    @Test
    void overdueOnlyAfterTheDueDay() {
        LocalDate due = LocalDate.of(2025, 8, 26);
        assertThat(EscalationPolicy.overdue(due, due)).isFalse();
        assertThat(EscalationPolicy.overdue(due, due.plusDays(1))).isTrue();
    }

    @Test
    void eachStageMovesUpWithItsOwnTimeUntilThePartnership() {
        LocalDate monday = LocalDate.of(2025, 9, 1);
        assertThat(policy.next(1, monday, calendar)).hasValueSatisfying(s -> {
            assertThat(s.number()).isEqualTo(2);
            assertThat(s.dueOn()).isEqualTo(LocalDate.of(2025, 9, 4));
        });
        assertThat(policy.next(3, monday, calendar)).hasValueSatisfying(s -> {
            assertThat(s.number()).isEqualTo(4);
            assertThat(s.dueOn()).isEqualTo(LocalDate.of(2025, 9, 15));
        });
        assertThat(policy.next(4, monday, calendar)).isEmpty();
    }
}
