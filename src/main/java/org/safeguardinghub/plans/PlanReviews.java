package org.safeguardinghub.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.plans.internal.PlanActionStore;
import org.safeguardinghub.plans.internal.ActionsFingerprint;
import org.safeguardinghub.plans.internal.ChangeFollowUp;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.plans.internal.PlanStore;
import org.safeguardinghub.plans.internal.PlanVersions;
import org.safeguardinghub.plans.internal.ReviewRule;
import org.safeguardinghub.plans.internal.ReviewStore;
import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of a plan (issue 15, item 3): progress on every open action and every outcome, what
 * changed, the child's and family's views, who was consulted, and the decision to continue, change,
 * step up, step down or end, recorded in one transaction (a review refused for any reason stores
 * nothing). The plan as it stands after the review is kept as a version.
 */
@Service
public class PlanReviews {

    public record ActionInput(String actionId, String status, String note, String effectiveness) {
    }

    public record OutcomeInput(String outcomeId, String status, String progress) {
    }

    /** What the review form gives; {@code consulted} are agency ids. */
    public record NewReview(DateInput heldOn, List<ActionInput> actions, List<OutcomeInput> outcomes, String whatChanged,
                            String childsView, String familyView, List<String> consulted, String decision,
                            String decisionNote, DateInput nextReview) {

        public NewReview {
            actions = actions == null ? List.of() : List.copyOf(actions);
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
            consulted = consulted == null ? List.of() : List.copyOf(consulted);
        }
    }

    private final Plans plans;
    private final PlanStore planStore;
    private final PlanActionStore actions;
    private final ReviewStore store;
    private final PlanEntries entries;
    private final PlanVersions versions;
    private final Agencies agencies;
    private final ChangeFollowUp followUp;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanReviews(Plans plans, PlanStore planStore, PlanActionStore actions, ReviewStore store, PlanEntries entries,
                PlanVersions versions, Agencies agencies, ChangeFollowUp followUp, AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.planStore = planStore;
        this.actions = actions;
        this.store = store;
        this.entries = entries;
        this.versions = versions;
        this.agencies = agencies;
        this.followUp = followUp;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Review> of(Plan plan) {
        return store.ofPlan(plan.id());
    }

    /** Records the review; the problems by field (message keys) if it is refused. */
    @Transactional
    public Map<String, String> record(OpenRecord record, Plan given, NewReview form) {
        planStore.lock(given.id());
        Plan plan = planStore.byId(given.id()).orElseThrow();
        Permission permission = plans.mayChange(record, plan);
        if (permission.refused()) {
            return Map.of("heldOn", permission.reason());
        }
        List<PlanAction> open = actions.ofPlan(plan.id()).stream().filter(PlanAction::open).toList();
        Map<String, String> problems = new LinkedHashMap<>();
        Set<UUID> consulted = consulted(form.consulted(), problems);
        ReviewRule.Checked checked = ReviewRule.check(proposed(form, plan, open, consulted), context(plan));
        problems.putAll(checked.problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        save((Actor.Person) record.viewer(), record, plan, checked.valid().orElseThrow());
        return Map.of();
    }

    private ReviewRule.Proposed proposed(NewReview form, Plan plan, List<PlanAction> open, Set<UUID> consulted) {
        Map<String, ActionInput> byAction = new LinkedHashMap<>();
        form.actions().forEach(a -> byAction.put(a.actionId(), a));
        Map<String, OutcomeInput> byOutcome = new LinkedHashMap<>();
        form.outcomes().forEach(o -> byOutcome.put(o.outcomeId(), o));
        List<ReviewRule.ActionInput> actionInputs = open.stream().map(a -> {
            ActionInput in = byAction.getOrDefault(a.id().toString(), new ActionInput(null, null, null, null));
            return new ReviewRule.ActionInput(a.id(), in.status(), in.note(), in.effectiveness());
        }).toList();
        List<ReviewRule.OutcomeInput> outcomeInputs = plans.outcomes(plan).stream().map(o -> {
            OutcomeInput in = byOutcome.getOrDefault(o.id().toString(), new OutcomeInput(null, null, null));
            return new ReviewRule.OutcomeInput(o.id(), in.status(), in.progress());
        }).toList();
        return new ReviewRule.Proposed(form.heldOn(), actionInputs, outcomeInputs, form.whatChanged(), form.childsView(),
                form.familyView(), consulted, form.decision(), form.decisionNote(), form.nextReview());
    }

    private ReviewRule.Context context(Plan plan) {
        Optional<LocalDate> last = store.ofPlan(plan.id()).stream().findFirst().map(Review::heldOn);
        int number = plan.reviews() + 1;
        return new ReviewRule.Context(plan.startedOn(), last, plan.agencies(), LocalDate.now(clock),
                held -> plans.timescale().after(plan.type(), number, held));
    }

    private Set<UUID> consulted(List<String> ids, Map<String, String> problems) {
        Set<UUID> consulted = new LinkedHashSet<>();
        for (String id : ids) {
            agencies.all().stream().filter(a -> a.id().toString().equals(id)).findFirst()
                    .ifPresentOrElse(a -> consulted.add(a.id()), () -> problems.put("agenciesConsulted", "plan.error.agencies"));
        }
        return consulted;
    }

    private void save(Actor.Person by, OpenRecord record, Plan plan, ReviewRule.Valid review) {
        UUID id = Ids.newId();
        int number = plan.reviews() + 1;
        String name = entries.planName(plan.type(), plan.category());
        UUID entry = entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                review.heldOn(), Significance.SIGNIFICANT, "plan.entry.reviewed", number, name, entries.date(review.heldOn()),
                entries.text("plan.decision." + review.decision()), review.nextReviewDue() == null ? ""
                        : entries.text("plan.entry.nextReview", entries.date(review.nextReviewDue())));
        for (ReviewRule.ActionProgress progress : review.actions()) {
            PlanAction action = actions.byId(progress.actionId()).orElseThrow();
            actions.progressed(action.progress(by.username(), by.agency().id(), false, progress.note(), progress.status(),
                    progress.effectiveness(), review.heldOn(), id), clock.instant());
        }
        boolean met = !review.outcomes().isEmpty()
                && review.outcomes().stream().allMatch(o -> o.status() == OutcomeStatus.MET);
        store.insert(new Review(id, plan.id(), number, review.heldOn(), review.whatChanged(), review.childsView(),
                review.familyView(), review.decision(), review.decisionNote(), review.nextReviewDue(), review.consulted(),
                met, by.username(), clock.instant(), entry), ActionsFingerprint.of(actions.ofPlan(plan.id())), review.outcomes());
        if (review.decision().endsThePlan()) {
            end(by, record, plan, plan.end(by.username(), review.heldOn(), review.decisionNote(), review.decision(), id));
        }
        versions.keep(plan.id(), by.username(), entries.text("plan.version.review", number));
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "review " + number + " of plan " + plan.id()
                + ": " + review.decision());
        followUp.changed(record.child());
    }

    /** Records the plan's end and its chronology entry. */
    void end(Actor.Person by, OpenRecord record, Plan plan, Plan.Ended ended) {
        UUID entry = entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                ended.on(), Significance.SIGNIFICANT, "plan.entry.ended", entries.planName(plan.type(), plan.category()),
                entries.date(ended.on()), ended.reason());
        planStore.ended(ended, clock.instant(), entry);
    }
}
