package org.safeguardinghub.plans.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.plans.Outcome;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.PlanReviews;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.plans.Review;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.springframework.stereotype.Component;

/** Plans as the partner API gives them (docs/partner-api.md). */
@Component
class PlansJson {

    record ChildPlans(String childId, List<PlanJson> plans) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanJson(UUID id, String type, String category, String status, Person lead, List<String> agencies,
                    LocalDate startedOn, LocalDate reviewDue, LocalDate endedOn, String endReason, List<OutcomeJson> outcomes,
                    List<Action> actions, List<ReviewJson> reviews) {
    }

    record Person(String name, String agency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutcomeJson(int position, String wording, String childsView, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(UUID id, String what, Person owner, LocalDate dueOn, String doneLooksLike, String workedLooksLike,
                  String status, String effectiveness, LocalDate lastProgressOn, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReviewJson(int number, LocalDate heldOn, String decision, String decisionNote, LocalDate nextReviewDue,
                      String whatChanged, String childsView, String familyView, List<String> agenciesConsulted) {
    }

    private final Plans plans;
    private final PlanActions actions;
    private final PlanReviews reviews;
    private final Practitioners practitioners;
    private final PlanEntries entries;

    PlansJson(Plans plans, PlanActions actions, PlanReviews reviews, Practitioners practitioners, PlanEntries entries) {
        this.plans = plans;
        this.actions = actions;
        this.reviews = reviews;
        this.practitioners = practitioners;
        this.entries = entries;
    }

    PlanJson plan(Plan p) {
        List<PlanAction> all = actions.of(p);
        java.util.Set<UUID> people = all.stream().map(PlanAction::ownerPractitionerId).collect(Collectors.toSet());
        people.add(p.leadPractitionerId());
        Map<UUID, Practitioner> byId = practitioners.byIds(people).stream()
                .collect(Collectors.toMap(Practitioner::id, x -> x));
        return new PlanJson(p.id(), p.type().name(), p.category() == null ? null : p.category().name(),
                p.open() ? "OPEN" : "ENDED", person(byId.get(p.leadPractitionerId())),
                p.agencies().stream().map(entries::agencyCode).sorted().toList(), p.startedOn(), p.open() ? p.reviewDue() : null,
                p.open() ? null : p.ending().endedOn(), p.open() ? null : p.ending().reason(),
                plans.outcomes(p).stream().map(PlansJson::outcome).toList(),
                all.stream().map(a -> action(a, byId.get(a.ownerPractitionerId()))).toList(),
                reviews.of(p).stream().map(this::review).toList());
    }

    Action action(PlanAction a) {
        return action(a, practitioners.byId(a.ownerPractitionerId()).orElse(null));
    }

    private Action action(PlanAction a, Practitioner owner) {
        return new Action(a.id(), a.what(), person(owner), a.dueOn(), a.doneLooksLike(), a.workedLooksLike(),
                a.status().name(), a.effectiveness() == null ? null : a.effectiveness().name(), a.lastProgressOn(),
                a.source().name());
    }

    private static OutcomeJson outcome(Outcome o) {
        return new OutcomeJson(o.position(), o.wording(), o.childsView(), o.status() == null ? null : o.status().name());
    }

    private ReviewJson review(Review r) {
        return new ReviewJson(r.number(), r.heldOn(), r.decision().name(), r.decisionNote(), r.nextReviewDue(),
                r.whatChanged(), r.childsView(), r.familyView(), r.consulted().stream().map(entries::agencyCode).sorted().toList());
    }

    private static Person person(Practitioner p) {
        return p == null ? null : new Person(p.displayName(), p.agency().code());
    }
}
