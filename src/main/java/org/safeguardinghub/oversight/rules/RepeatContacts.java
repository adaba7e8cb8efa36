package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.oversight.AlertCode;

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
        return result.met()
                ? Evaluation.met(Finding.of(code(), List.of(Finding.Reason.of("REPEAT_CONTACTS", result.most(), months)),
                        result.events()))
                : Evaluation.notMet();
    }
}
