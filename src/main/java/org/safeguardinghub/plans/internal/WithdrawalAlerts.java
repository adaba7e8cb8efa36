package org.safeguardinghub.plans.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.plans.Plan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code AGENCY_WITHDRAWAL_WITHOUT_REVIEW}: an agency tried to leave an open plan, or someone tried to
 * close it, without a multi-agency review, and no review has answered the attempt since
 * ({@link WithdrawalRule#answered}). Evaluated in the transaction of every attempt, plan review,
 * review meeting and ending; the alert holds the refused attempts' chronology entries and is
 * withdrawn once each is answered or its plan has ended. The lead professional is told besides those
 * every alert reaches (the senior managers among them: the alert is high).
 */
@Component
public class WithdrawalAlerts {

    private final ReviewStore reviews;
    private final PlanStore plans;
    private final MultiAgencyReviews multiAgency;
    private final ApplicationEventPublisher events;

    WithdrawalAlerts(ReviewStore reviews, PlanStore plans, MultiAgencyReviews multiAgency, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.plans = plans;
        this.multiAgency = multiAgency;
        this.events = events;
    }

    public void reconcile(ChildId child) {
        List<ReviewStore.Attempt> attempts = reviews.attemptsOnOpenPlans(child);
        Map<UUID, Plan> byId = plans.ofChild(child).stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        Map<UUID, List<WithdrawalRule.Held>> held = new java.util.HashMap<>();
        List<ReviewStore.Attempt> outstanding = attempts.stream().filter(a -> {
            Plan plan = byId.get(a.planId());
            return !WithdrawalRule.answered(a.on(), Optional.ofNullable(a.agencyId()), plan.agencies(),
                    held.computeIfAbsent(plan.id(), p -> multiAgency.of(plan)));
        }).toList();
        if (outstanding.isEmpty()) {
            events.publishEvent(AlertRuleEvaluated.notMet(child, AlertCode.AGENCY_WITHDRAWAL_WITHOUT_REVIEW));
            return;
        }
        Set<UUID> agencies = new LinkedHashSet<>();
        Set<UUID> leads = new LinkedHashSet<>();
        outstanding.forEach(a -> {
            Plan plan = byId.get(a.planId());
            agencies.add(a.agencyId() == null ? plan.leadAgencyId() : a.agencyId());
            leads.add(plan.leadPractitionerId());
        });
        events.publishEvent(new AlertRuleEvaluated(child, AlertCode.AGENCY_WITHDRAWAL_WITHOUT_REVIEW, Optional.of(
                new AlertRuleEvaluated.Met(AlertCode.AGENCY_WITHDRAWAL_WITHOUT_REVIEW.name(), List.of((long) outstanding.size()),
                        outstanding.stream().map(ReviewStore.Attempt::entryId).collect(Collectors.toSet()), agencies)), leads));
    }
}
