package org.safeguardinghub.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the alert rules for the children something happened to and makes the alerts say what the
 * rules found: one open alert per rule and child, raised once (the people concerned notified).
 * Rules with a reach (counts within a window) look only at the events around the new ones and
 * their alert grows with what they find there; the others, and every rule when a deadline passes
 * or an event is corrected, look at the child's whole history, and their alert then holds exactly
 * what they find, withdrawn if that is nothing (a return interview recorded late). Either way the
 * outcome depends on the events, not on the order they arrived in (ADR 0011).
 */
@Component
class AlertEngine {

    private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);

    private final EventFacts facts;
    private final AlertStore alerts;
    private final AlertSettings settings;
    private final AlertNotifier notifier;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    AlertEngine(EventFacts facts, AlertStore alerts, AlertSettings settings, AlertNotifier notifier,
                PlatformTransactionManager transactions, Clock clock) {
        this.facts = facts;
        this.alerts = alerts;
        this.settings = settings;
        this.notifier = notifier;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * Evaluates within a savepoint of the caller's transaction. Should the rules fail, only their
     * part is undone and the deadline job is asked to look at these children again at
     * {@code retryAt} (over their whole history): a fault in a rule never costs the events being
     * recorded, and no child escapes the rules.
     */
    void evaluateOrDefer(Map<ChildId, Scope> work, Instant retryAt) {
        work.values().removeIf(Scope::isEmpty);
        if (work.isEmpty()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> evaluate(work));
        } catch (RuntimeException e) {
            log.error("Alert rules failed for {} children; the deadline job will look at them again at {}", work.size(),
                    retryAt, e);
            Map<AlertStore.Key, Instant> retries = new HashMap<>();
            work.forEach((child, scope) -> scope.codes().forEach(code -> retries.put(new AlertStore.Key(child, code), retryAt)));
            alerts.recheck(retries);
        }
    }

    /** Evaluates each child's rules as its scope says. */
    void evaluate(Map<ChildId, Scope> work) {
        work.values().removeIf(Scope::isEmpty);
        if (work.isEmpty()) {
            return;
        }
        alerts.lock(work.keySet());
        RuleSettings numbers = settings.current();
        Instant now = clock.instant();
        Known known = known(work, numbers);
        Map<AlertStore.Key, Reconciliation.Held> open = alerts.open(work.keySet());
        Changes changes = new Changes();
        work.forEach((child, scope) -> {
            for (AlertRule rule : Rules.ALL) {
                if (!scope.codes().contains(rule.code())) {
                    continue;
                }
                boolean grows = scope.grows(rule, numbers);
                AlertStore.Key key = new AlertStore.Key(child, rule.code());
                Evaluation evaluation = rule.evaluate(known.of(child, grows), numbers, now);
                evaluation.recheckAt().ifPresent(at -> changes.rechecks.put(key, at));
                Optional<Reconciliation.Held> held = Optional.ofNullable(open.get(key));
                (grows ? Reconciliation.grow(evaluation.finding(), held, rule, numbers)
                        : Reconciliation.reconcile(evaluation.finding(), held)).ifPresent(change -> changes.add(child, change));
            }
        });
        List<AlertStore.Raised> raised = alerts.raise(changes.raise);
        alerts.replaceEvidence(changes.replace);
        alerts.withdraw(changes.withdraw);
        alerts.recheck(changes.rechecks);
        notifier.alertsRaised(raised, Set.of());
    }

    /** What the rules get to see: each child's whole history, or the events around the new ones, or both. */
    private Known known(Map<ChildId, Scope> work, RuleSettings numbers) {
        Map<ChildId, EventFacts.Span> spans = new HashMap<>();
        List<ChildId> wholly = new ArrayList<>();
        List<AlertRule> growing = new ArrayList<>();
        List<AlertRule> notGrowing = new ArrayList<>();
        work.forEach((child, scope) -> {
            scope.span(numbers).ifPresent(span -> spans.put(child, span));
            List<AlertRule> rules = Rules.ALL.stream().filter(r -> scope.codes().contains(r.code())).toList();
            rules.forEach(r -> (scope.grows(r, numbers) ? growing : notGrowing).add(r));
            if (rules.stream().anyMatch(r -> !scope.grows(r, numbers))) {
                wholly.add(child);
            }
        });
        boolean births = work.values().stream().anyMatch(s -> Rules.ALL.stream()
                .anyMatch(r -> s.codes().contains(r.code()) && r.needsDateOfBirth()));
        return new Known(
                facts.of(wholly, typesWatched(notGrowing), notGrowing.stream().anyMatch(AlertRule::watchesSignificantEvents)),
                facts.within(spans, typesWatched(growing), growing.stream().anyMatch(AlertRule::watchesSignificantEvents)),
                births ? facts.datesOfBirth(work.keySet()) : Map.of());
    }

    private static Set<EventType> typesWatched(List<AlertRule> rules) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        rules.forEach(r -> types.addAll(r.watches()));
        return types;
    }

    private record Known(Map<ChildId, List<EventFact>> whole, Map<ChildId, List<EventFact>> around,
                         Map<ChildId, LocalDate> births) {

        ChildFacts of(ChildId child, boolean aroundOnly) {
            return new ChildFacts(child, births.get(child), (aroundOnly ? around : whole).getOrDefault(child, List.of()));
        }
    }

    /** The changes of one evaluation, written in bulk. */
    private static final class Changes {

        final List<AlertStore.ChildFinding> raise = new ArrayList<>();
        final Map<UUID, AlertStore.ChildFinding> replace = new LinkedHashMap<>();
        final List<UUID> withdraw = new ArrayList<>();
        final Map<AlertStore.Key, Instant> rechecks = new HashMap<>();

        void add(ChildId child, Reconciliation.Change change) {
            switch (change) {
                case Reconciliation.Raise r -> raise.add(new AlertStore.ChildFinding(child, r.finding()));
                case Reconciliation.Replace r -> replace.put(r.alertId(), new AlertStore.ChildFinding(child, r.finding()));
                case Reconciliation.Withdraw w -> withdraw.add(w.alertId());
            }
        }
    }
}
