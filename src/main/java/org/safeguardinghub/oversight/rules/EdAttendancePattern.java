package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventType;

/**
 * {@code ED_ATTENDANCE_PATTERN}: 3 or more emergency-department attendances within 12 months,
 * counted across years and hospitals. A hospital that "did not record the cumulative total"
 * (seeds 002) and "8 urgent care attendances in 7 months" (seeds 003 §79) are why.
 */
public final class EdAttendancePattern implements AlertRule {

    @Override
    public AlertCode code() {
        return AlertCode.ED_ATTENDANCE_PATTERN;
    }

    @Override
    public Set<EventType> watches() {
        return Set.of(EventType.ED_ATTENDANCE);
    }

    @Override
    public Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now) {
        Windows.Result result = Windows.ofCount(facts.ofType(EventType.ED_ATTENDANCE),
                settings.get(RuleParameter.ED_ATTENDANCE_COUNT), Windows.months(settings.get(RuleParameter.ED_ATTENDANCE_MONTHS)));
        return result.met() ? Evaluation.met(Finding.of(this, settings, result.events())) : Evaluation.notMet();
    }

    @Override
    public Optional<Period> reach(RuleSettings settings) {
        return Optional.of(Period.ofMonths(settings.get(RuleParameter.ED_ATTENDANCE_MONTHS)));
    }

    @Override
    public List<Finding.Reason> describe(int events, int agencies, RuleSettings settings) {
        return List.of(Finding.Reason.of("ED_ATTENDANCE_PATTERN", settings.get(RuleParameter.ED_ATTENDANCE_COUNT),
                settings.get(RuleParameter.ED_ATTENDANCE_MONTHS), events, agencies));
    }
}
