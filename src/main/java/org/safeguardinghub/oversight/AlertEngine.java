package org.safeguardinghub.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.oversight.rules.AlertRule;
import org.safeguardinghub.oversight.rules.ChildFacts;
import org.safeguardinghub.oversight.rules.Evaluation;
import org.safeguardinghub.oversight.rules.RuleSettings;
import org.safeguardinghub.oversight.rules.Rules;
import org.springframework.stereotype.Component;

/**
 * Runs the alert rules for the children something happened to, over every event now known about
 * them, and makes the alerts say what the rules found: one open alert per rule and child, raised
 * once (the people concerned notified), its evidence kept to the rule's latest finding, and
 * withdrawn if later events show the rule is not met after all (a return interview recorded late).
 * The outcome depends on the events, not on the order they arrived in.
 */
@Component
class AlertEngine {

    private final EventFacts facts;
    private final AlertStore alerts;
    private final AlertSettings settings;
    private final Notifier notifier;
    private final Clock clock;

    AlertEngine(EventFacts facts, AlertStore alerts, AlertSettings settings, Notifier notifier, Clock clock) {
        this.facts = facts;
        this.alerts = alerts;
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The rules to run for each child. */
    void evaluate(Map<ChildId, Set<AlertCode>> work) {
        if (work.isEmpty()) {
            return;
        }
        alerts.lock(work.keySet());
        Set<AlertCode> codes = EnumSet.noneOf(AlertCode.class);
        work.values().forEach(codes::addAll);
        List<AlertRule> rules = Rules.ALL.stream().filter(r -> codes.contains(r.code())).toList();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        rules.forEach(r -> types.addAll(r.watches()));
        boolean significant = rules.stream().anyMatch(AlertRule::watchesSignificantEvents);
        Map<ChildId, List<EventFact>> events = facts.of(work.keySet(), types, significant);
        Map<ChildId, LocalDate> births = rules.stream().anyMatch(AlertRule::needsDateOfBirth)
                ? facts.datesOfBirth(work.keySet()) : Map.of();
        RuleSettings numbers = settings.current();
        Instant now = clock.instant();

        Map<AlertStore.Key, AlertStore.Open> open = alerts.open(work.keySet());
        List<AlertStore.ChildFinding> toRaise = new ArrayList<>();
        Map<UUID, AlertStore.ChildFinding> toReplace = new LinkedHashMap<>();
        List<UUID> toWithdraw = new ArrayList<>();
        Map<AlertStore.Key, Instant> rechecks = new HashMap<>();
        work.forEach((child, childCodes) -> {
            ChildFacts childFacts = new ChildFacts(child, births.get(child), events.getOrDefault(child, List.of()));
            for (AlertRule rule : rules) {
                if (!childCodes.contains(rule.code())) {
                    continue;
                }
                AlertStore.Key key = new AlertStore.Key(child, rule.code());
                AlertStore.Open existing = open.get(key);
                Evaluation evaluation = rule.evaluate(childFacts, numbers, now);
                evaluation.recheckAt().ifPresent(at -> rechecks.put(key, at));
                Reconciliation.reconcile(evaluation.finding(), Optional.ofNullable(existing).map(AlertStore.Open::id),
                        existing == null ? Set.of() : existing.evidence()).ifPresent(change -> {
                            switch (change) {
                                case Reconciliation.Raise raise -> toRaise.add(new AlertStore.ChildFinding(child, raise.finding()));
                                case Reconciliation.Replace replace -> toReplace.put(replace.alertId(),
                                        new AlertStore.ChildFinding(child, replace.finding()));
                                case Reconciliation.Withdraw withdraw -> toWithdraw.add(withdraw.alertId());
                            }
                        });
            }
        });
        List<AlertStore.Raised> raised = alerts.raise(toRaise);
        alerts.replaceEvidence(toReplace);
        alerts.withdraw(toWithdraw);
        alerts.recheck(rechecks);
        notifier.alertsRaised(raised);
    }

    /** Which rules an event of this kind and significance can change. */
    static Set<AlertCode> affectedBy(EventType type, boolean significant) {
        Set<AlertCode> codes = EnumSet.noneOf(AlertCode.class);
        for (AlertRule rule : Rules.ALL) {
            if (rule.watches().contains(type) || (significant && rule.watchesSignificantEvents())) {
                codes.add(rule.code());
            }
        }
        return codes;
    }

    static Map<ChildId, Set<AlertCode>> allRulesFor(Collection<ChildId> children) {
        Map<ChildId, Set<AlertCode>> work = new HashMap<>();
        children.forEach(c -> {
            Set<AlertCode> codes = EnumSet.noneOf(AlertCode.class);
            Rules.ALL.forEach(r -> codes.add(r.code()));
            work.put(c, codes);
        });
        return work;
    }
}
