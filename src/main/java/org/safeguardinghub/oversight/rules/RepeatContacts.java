package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventType;

/**
 * {@code REPEAT_CONTACTS}: 3 or more contacts about the child within 12 months, whatever their
 * outcomes. "Some professionals thought that repeated referrals had been made but then closed"
 * (seeds 003 §194): contacts judged one at a time hide the pattern.
 */
public final class RepeatContacts implements AlertRule {

    @Override
    public AlertCode code() {
        return AlertCode.REPEAT_CONTACTS;
    }

    @Override
    public Set<EventType> watches() {
        return Set.of(EventType.CONTACT);
    }

    @Override
    public Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now) {
        int months = settings.get(RuleParameter.REPEAT_CONTACTS_MONTHS);
        Windows.Result result = Windows.ofCount(facts.ofType(EventType.CONTACT),
                settings.get(RuleParameter.REPEAT_CONTACTS_COUNT), Windows.months(months));
        return result.met() ? Evaluation.met(Finding.of(this, settings, result.events())) : Evaluation.notMet();
    }

    @Override
    public Optional<Period> reach(RuleSettings settings) {
        return Optional.of(Period.ofMonths(settings.get(RuleParameter.REPEAT_CONTACTS_MONTHS)));
    }

    @Override
    public List<Finding.Reason> describe(int events, int agencies, RuleSettings settings) {
        return List.of(Finding.Reason.of("REPEAT_CONTACTS", settings.get(RuleParameter.REPEAT_CONTACTS_COUNT),
                settings.get(RuleParameter.REPEAT_CONTACTS_MONTHS), events));
    }
}
