package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;

/**
 * {@code MULTI_AGENCY_CONCERN}: significant or critical events from 3 or more different agencies
 * within 6 months: the tipping point "more easily defined" from a multi-agency chronology
 * (seeds 001) that no single agency sees.
 */
public final class MultiAgencyConcern implements AlertRule {

    @Override
    public AlertCode code() {
        return AlertCode.MULTI_AGENCY_CONCERN;
    }

    @Override
    public Set<EventType> watches() {
        return Set.of();
    }

    @Override
    public boolean watchesSignificantEvents() {
        return true;
    }

    @Override
    public Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now) {
        List<EventFact> significant = facts.events().stream()
                .filter(e -> e.significance() != Significance.ROUTINE).toList();
        Windows.Result result = Windows.ofAgencies(significant, settings.get(RuleParameter.MULTI_AGENCY_AGENCIES),
                Windows.months(settings.get(RuleParameter.MULTI_AGENCY_MONTHS)));
        return result.met() ? Evaluation.met(Finding.of(this, settings, result.events())) : Evaluation.notMet();
    }

    @Override
    public Optional<Period> reach(RuleSettings settings) {
        return Optional.of(Period.ofMonths(settings.get(RuleParameter.MULTI_AGENCY_MONTHS)));
    }

    @Override
    public List<Finding.Reason> describe(int events, int agencies, RuleSettings settings) {
        return List.of(Finding.Reason.of("MULTI_AGENCY_CONCERN", settings.get(RuleParameter.MULTI_AGENCY_AGENCIES),
                settings.get(RuleParameter.MULTI_AGENCY_MONTHS), agencies));
    }
}
