package org.safeguardinghub.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.oversight.Disagreement.Stage;
import org.safeguardinghub.oversight.Disagreement;

/**
 * The usual stages of local escalation policies for professional disagreement: 1 practitioner to
 * practitioner, 2 managers, 3 safeguarding leads and designated professionals, 4 the safeguarding
 * partnership. Each stage has a response time in working days; a disagreement not resolved by
 * then moves up a stage. "Professional challenge and escalation is not embedded into routine
 * multi-agency safeguarding practice" (seeds 000): here it is the default.
 */
public record EscalationPolicy(List<Integer> stageWorkingDays) {

    public static final int FIRST = 1;
    public static final int LAST = Disagreement.LAST_STAGE;

    public EscalationPolicy {
        stageWorkingDays = List.copyOf(stageWorkingDays);
        if (stageWorkingDays.size() != LAST) {
            throw new IllegalArgumentException("one response time per stage: " + LAST);
        }
    }

    public Stage start(int stage, LocalDate on, WorkingDayCalendar calendar) {
        return new Stage(stage, on, calendar.plusWorkingDays(on, stageWorkingDays.get(stage - 1)));
    }

    /** Past the due day without a resolution. */
    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** The next stage, if the disagreement is not already with the partnership. */
    public Optional<Stage> next(int stage, LocalDate on, WorkingDayCalendar calendar) {
        return stage >= LAST ? Optional.empty() : Optional.of(start(stage + 1, on, calendar));
    }
}
