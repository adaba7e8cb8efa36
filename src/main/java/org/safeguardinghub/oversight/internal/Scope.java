package org.safeguardinghub.oversight.internal;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.oversight.rules.AlertRule;
import org.safeguardinghub.oversight.rules.RuleSettings;
import org.safeguardinghub.oversight.rules.Rules;
import org.safeguardinghub.shared.HubTime;

/**
 * What an evaluation of one child has to look at: the rules that what happened can change, and
 * either when the new events happened (so rules with a reach need only the events around them) or
 * the child's whole history (a deadline passing, an event corrected).
 */
record Scope(Set<AlertCode> codes, Instant earliest, Instant latest, boolean whole) {

    Scope {
        codes = Set.copyOf(codes);
    }

    /** The rules an event of this kind and significance can change, around when it happened. */
    static Scope of(EventsRecorded.Recorded event, boolean correction) {
        Set<AlertCode> codes = EnumSet.noneOf(AlertCode.class);
        boolean significant = event.significance() != Significance.ROUTINE;
        for (AlertRule rule : Rules.ALL) {
            if (rule.watches().contains(event.type()) || (significant && rule.watchesSignificantEvents())) {
                codes.add(rule.code());
            }
        }
        return new Scope(codes, event.occurredAt(), event.occurredAt(), correction);
    }

    /** These rules over the child's whole history. */
    static Scope whole(Set<AlertCode> codes) {
        return new Scope(codes, null, null, true);
    }

    Scope and(Scope other) {
        Set<AlertCode> both = EnumSet.noneOf(AlertCode.class);
        both.addAll(codes);
        both.addAll(other.codes);
        if (whole || other.whole) {
            return new Scope(both, null, null, true);
        }
        return new Scope(both, earliest.isBefore(other.earliest) ? earliest : other.earliest,
                latest.isAfter(other.latest) ? latest : other.latest, false);
    }

    boolean isEmpty() {
        return codes.isEmpty();
    }

    /** Whether the rule is looked at here only around the new events, its alert growing with what it finds. */
    boolean grows(AlertRule rule, RuleSettings settings) {
        return !whole && rule.reach(settings).isPresent();
    }

    /** The span around the new events that this scope's growing rules need, if any of them grows. */
    Optional<EventFacts.Span> span(RuleSettings settings) {
        if (whole) {
            return Optional.empty();
        }
        return Rules.ALL.stream().filter(rule -> codes.contains(rule.code()))
                .flatMap(rule -> rule.reach(settings).stream())
                .map(this::around)
                .reduce((a, b) -> new EventFacts.Span(a.from().isBefore(b.from()) ? a.from() : b.from(),
                        a.to().isAfter(b.to()) ? a.to() : b.to()));
    }

    /**
     * The span any event sharing a rule's window with a new one lies in, with a day to spare either
     * side (a wider span only adds events the rule would count anyway).
     */
    EventFacts.Span around(Period reach) {
        return new EventFacts.Span(earliest.atZone(HubTime.ZONE).minus(reach).minusDays(1).toInstant(),
                latest.atZone(HubTime.ZONE).plus(reach).plusDays(1).toInstant());
    }
}
