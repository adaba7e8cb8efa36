package org.safeguardinghub.plans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.ActionStatus;
import org.safeguardinghub.plans.Effectiveness;
import org.safeguardinghub.plans.Outcome;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.PlanReviews;
import org.safeguardinghub.plans.PlanWithdrawals;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.plans.Progress;
import org.safeguardinghub.plans.internal.DriftRule;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.springframework.stereotype.Component;

/**
 * Everything the plan page and its PDF show of one plan, in the plain words a child and family
 * could read, and what the viewer may do with it.
 */
@Component
class PlanPage {

    /** An action as the page shows it: the five questions, its owner, its progress, what the viewer may do. */
    record ActionView(PlanAction action, String owner, String ownerAgency, String outcome, List<Progress> progress,
                      boolean mayUpdate, boolean overdue) {
    }

    private final ChildRecords records;
    private final Plans plans;
    private final PlanActions actions;
    private final PlanReviews reviews;
    private final PlanWithdrawals withdrawals;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final PlanEntries entries;
    private final PlanTexts texts;
    private final Clock clock;

    PlanPage(ChildRecords records, Plans plans, PlanActions actions, PlanReviews reviews, PlanWithdrawals withdrawals,
             Practitioners practitioners, Agencies agencies, PlanEntries entries, PlanTexts texts, Clock clock) {
        this.records = records;
        this.plans = plans;
        this.actions = actions;
        this.reviews = reviews;
        this.withdrawals = withdrawals;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.entries = entries;
        this.texts = texts;
        this.clock = clock;
    }

    Map<String, Object> model(OpenRecord record, Plan plan) {
        List<PlanAction> all = actions.of(plan);
        Map<UUID, String> names = names(plan, all);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("childId", record.child().toString());
        model.put("child", records.profile(record));
        model.put("plan", plan);
        model.put("planName", entries.planName(plan.type(), plan.category()));
        Practitioner lead = practitioners.byId(plan.leadPractitionerId()).orElse(null);
        model.put("lead", lead);
        model.put("leadContact", contact(lead));
        model.put("agencies", plan.agencies().stream().map(agencies::byId).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Agency::code)).toList());
        model.put("left", plan.involvements().stream().filter(i -> !i.current()).toList());
        model.put("codes", agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::code)));
        model.put("reviewDueReason", plan.reviews() == 0 ? texts.due(plans.firstReview(plan)) : "");
        List<Outcome> outcomes = plans.outcomes(plan);
        model.put("outcomes", outcomes);
        model.put("actions", views(record, plan, all, names, outcomes));
        List<org.safeguardinghub.plans.Review> held = reviews.of(plan);
        model.put("reviews", held);
        model.put("reviewAgencies", held.stream().collect(Collectors.toMap(org.safeguardinghub.plans.Review::id,
                r -> r.consulted().stream().map(entries::agencyCode).sorted().collect(Collectors.joining(", ")))));
        model.put("drift", drift(record, plan, all));
        model.put("today", LocalDate.now(clock));
        model.put("errors", Map.of());
        permissions(record, plan, model);
        return model;
    }

    private void permissions(OpenRecord record, Plan plan, Map<String, Object> model) {
        boolean mayChange = plans.mayChange(record, plan).allowed();
        model.put("mayChange", mayChange);
        model.put("waiting", mayChange ? actions.waiting(record) : List.of());
        UUID own = record.viewer().agency().id();
        boolean mayLeave = record.viewer() instanceof Actor.Person && withdrawals.mayLeave(record, plan, own).allowed();
        model.put("mayLeave", mayLeave);
        model.put("statuses", List.of(ActionStatus.values()));
        model.put("effectivenesses", List.of(Effectiveness.values()));
    }

    private List<ActionView> views(OpenRecord record, Plan plan, List<PlanAction> all, Map<UUID, String> names,
                                   List<Outcome> outcomes) {
        Map<UUID, List<Progress>> progress = actions.progressOf(plan).stream()
                .collect(Collectors.groupingBy(Progress::actionId));
        Map<UUID, String> outcomeWords = outcomes.stream().collect(Collectors.toMap(Outcome::id, Outcome::wording));
        LocalDate today = LocalDate.now(clock);
        return all.stream().map(a -> new ActionView(a, names.get(a.ownerPractitionerId()), entries.agencyCode(a.ownerAgencyId()),
                a.outcomeId() == null ? null : outcomeWords.get(a.outcomeId()), progress.getOrDefault(a.id(), List.of()),
                a.open() && actions.mayUpdate(record, plan, a).allowed(), a.open() && a.dueOn().isBefore(today))).toList();
    }

    private List<String> drift(OpenRecord record, Plan plan, List<PlanAction> all) {
        if (!plan.open()) {
            return List.of();
        }
        DriftRule.Drift drift = plans.drifts(record).get(plan.id());
        return drift == null ? List.of() : texts.drift(drift, all.stream().collect(Collectors.toMap(PlanAction::id,
                Function.identity())));
    }

    private Map<UUID, String> names(Plan plan, List<PlanAction> all) {
        Set<UUID> people = new HashSet<>();
        people.add(plan.leadPractitionerId());
        all.forEach(a -> people.add(a.ownerPractitionerId()));
        Map<UUID, String> names = new HashMap<>();
        practitioners.byIds(people).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    /** How to reach the lead professional. */
    static String contact(Practitioner p) {
        return p == null ? "" : java.util.stream.Stream.of(p.email(), p.phone()).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
