package org.safeguardinghub.frontdoor.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.chronology.ChildId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the {@link DecisionOverdue} rule to the oversight engine: when a contact's deadline passes
 * without a decision (found by a scheduled check that touches only those contacts), and whenever a
 * decision is recorded. The MASH managers of the referrer's area are told, besides those every
 * alert reaches.
 */
@Component
public class DecisionDeadlines {

    static final int CHUNK = 500;

    private final ContactStore store;
    private final ApplicationEventPublisher events;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DecisionDeadlines(ContactStore store, ApplicationEventPublisher events, Practitioners practitioners, Agencies agencies,
                      TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.events = events;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Looks at every child with a contact newly past its deadline; returns how many. */
    @Scheduled(fixedDelayString = "${safeguarding.frontdoor.deadline-check:PT1M}", initialDelayString = "PT30S")
    public int run() {
        int children = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                List<ChildId> due = store.newlyOverdue(clock.instant(), CHUNK);
                due.forEach(this::reconcile);
                return due.size();
            });
            children += done;
            if (done < CHUNK) {
                return children;
            }
        }
    }

    /** Makes the child's DECISION_OVERDUE alert say which of its contacts are overdue now, if any. */
    public void reconcile(ChildId child) {
        Instant now = clock.instant();
        DecisionOverdue.Outcome outcome = DecisionOverdue.evaluate(store.waiting(child), now);
        Optional<AlertRuleEvaluated.Met> met = outcome.met() ? Optional.of(new AlertRuleEvaluated.Met("DECISION_OVERDUE",
                List.of((long) outcome.overdue().size()), outcome.evidence(), outcome.agencies())) : Optional.empty();
        events.publishEvent(new AlertRuleEvaluated(child, AlertCode.DECISION_OVERDUE, met,
                outcome.met() ? mashManagers(outcome.agencies()) : Set.of()));
        store.seenOverdue(outcome.overdue().stream().map(DecisionOverdue.Waiting::reference).toList(), now);
    }

    /** The MASH managers of children's social care serving the referrers' agencies ({@link DecisionOverdue#recipients}). */
    private Set<UUID> mashManagers(Set<UUID> referrerAgencies) {
        return DecisionOverdue.recipients(practitioners.withRole(Role.TEAM_MANAGER,
                agencies.childrensSocialCareServing(referrerAgencies)));
    }
}
