package org.safeguardinghub.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.plans.internal.PlanActionStore;
import org.safeguardinghub.plans.internal.ChangeFollowUp;
import org.safeguardinghub.plans.internal.Fields;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.plans.internal.PlanPeople;
import org.safeguardinghub.plans.internal.PlanPermissions;
import org.safeguardinghub.plans.internal.PlanStore;
import org.safeguardinghub.plans.internal.ProgressRule;
import org.safeguardinghub.plans.internal.SmartActionRule;
import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's SMART actions: adding one (refused, storing nothing, unless it answers all five
 * questions), progress updates from the plan's people or from the agency that owns the action (its
 * practitioners or its partner system), the "worked" measure an action from a meeting is given, and
 * placing a meeting's waiting action in a plan.
 */
@Service
public class PlanActions {

    /** What the add-an-action form gives; {@code owner} is a practitioner's id. */
    public record NewAction(String what, String owner, DateInput due, String doneLooksLike, String workedLooksLike,
                            String outcome) {
    }

    /** A progress update: what happened, the status after it, and (when done) whether it worked. */
    public record Update(String note, String status, String effectiveness) {
    }

    private final Plans plans;
    private final PlanStore planStore;
    private final PlanActionStore store;
    private final PlanPeople people;
    private final PlanEntries entries;
    private final ChangeFollowUp followUp;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanActions(Plans plans, PlanStore planStore, PlanActionStore store, PlanPeople people, PlanEntries entries,
                ChangeFollowUp followUp, AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.planStore = planStore;
        this.store = store;
        this.people = people;
        this.entries = entries;
        this.followUp = followUp;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Adds the action to the open plan; the problems by field (message keys) if it is refused. */
    @Transactional
    public Map<String, String> add(OpenRecord record, Plan plan, NewAction form) {
        planStore.lock(plan.id());
        Permission permission = plans.mayChange(record, plan);
        if (permission.refused()) {
            return Map.of("what", permission.reason());
        }
        PlanPeople.Chosen owner = people.choose(record.child(), form.owner());
        Map<String, String> problems = new LinkedHashMap<>(SmartActionRule.problems(new SmartActionRule.Proposed(form.what(),
                owner.standing(), form.due(), form.doneLooksLike(), form.workedLooksLike()), plan.startedOn()));
        Optional<UUID> outcome = outcome(plan, form.outcome(), problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Actor.Person by = (Actor.Person) record.viewer();
        Practitioner who = owner.practitioner().orElseThrow();
        LocalDate due = form.due().date().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        UUID entry = entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                today, Significance.ROUTINE, "plan.entry.action", entries.planName(plan.type(), plan.category()),
                form.what().strip(), who.displayName(), who.agency().code(), entries.date(due));
        UUID id = Ids.newId();
        store.insert(new PlanAction(id, record.child(), plan.id(), outcome.orElse(null), 1, form.what().strip(), who.id(),
                who.agency().id(), due, form.doneLooksLike().strip(), form.workedLooksLike().strip(), ActionStatus.NOT_STARTED,
                null, null, today, PlanAction.Source.PLAN, null, null, null, 0, entry, by.username(), clock.instant()));
        planStore.join(plan.id(), who.agency().id(), today, by.username(), clock.instant());
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "action " + id + " added to plan " + plan.id());
        followUp.changed(record.child());
        return Map.of();
    }

    private Optional<UUID> outcome(Plan plan, String chosen, Map<String, String> problems) {
        if (Fields.blank(chosen)) {
            return Optional.empty();
        }
        Optional<UUID> outcome = plans.outcomes(plan).stream().map(Outcome::id).filter(id -> id.toString().equals(chosen))
                .findFirst();
        if (outcome.isEmpty()) {
            problems.put("outcome", "plan.action.error.outcome");
        }
        return outcome;
    }

    public Permission mayUpdate(OpenRecord record, Plan plan, PlanAction action) {
        if (!plan.open()) {
            return Permission.refused("plan.error.ended");
        }
        return PlanPermissions.progress(record.viewer(), record.basis(), Plans.parties(plan), action.ownerAgencyId());
    }

    /** Records the update; the problems by field (message keys) if it is refused. */
    @Transactional
    public Map<String, String> progress(OpenRecord record, Plan plan, UUID actionId, Update update) {
        store.lock(actionId);
        PlanAction action = action(plan, actionId).orElseThrow();
        Permission permission = mayUpdate(record, plan, action);
        if (permission.refused()) {
            return Map.of("note", permission.reason());
        }
        ProgressRule.Checked checked = ProgressRule.check(action.open(), update.note(), update.status(), update.effectiveness());
        if (checked.valid().isEmpty()) {
            return checked.problems();
        }
        ProgressRule.Valid valid = checked.valid().get();
        Actor by = record.viewer();
        store.progressed(action.progress(by.auditName(), by.agency().id(), by instanceof Actor.PartnerSystem, valid.note(),
                valid.status(), valid.effectiveness(), LocalDate.now(clock), null), clock.instant());
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "progress on action " + actionId + ": "
                + valid.status());
        followUp.changed(record.child());
        return Map.of();
    }

    /** Gives an open action (one from a meeting, say) its "how we will know it worked" measure. */
    @Transactional
    public Map<String, String> measure(OpenRecord record, Plan plan, UUID actionId, String worked) {
        store.lock(actionId);
        PlanAction action = action(plan, actionId).orElseThrow();
        Permission permission = plans.mayChange(record, plan);
        Map<String, String> problems = new LinkedHashMap<>();
        if (permission.refused() || !action.open()) {
            problems.put("workedLooksLike", permission.refused() ? permission.reason() : "plan.progress.error.closed");
            return problems;
        }
        Fields.required(problems, "workedLooksLike", worked, Fields.TEXT, "plan.action.error.worked");
        if (problems.isEmpty()) {
            store.changed(action.measure(worked.strip(), record.viewer().auditName()), clock.instant(), null);
            auditLog.record(record.viewer(), AuditAction.CHANGE_PLAN, record.child().value(), "measure of action " + actionId);
        }
        return problems;
    }

    /** Places one of the child's waiting meeting actions in this open plan. */
    @Transactional
    public Map<String, String> place(OpenRecord record, Plan plan, UUID actionId) {
        Permission permission = plans.mayChange(record, plan);
        Optional<PlanAction> action = store.byId(actionId).filter(a -> a.waiting() && a.child().equals(record.child()));
        if (permission.refused() || action.isEmpty()) {
            return Map.of("action", permission.refused() ? permission.reason() : "plan.action.error.notWaiting");
        }
        store.changed(action.get().placeIn(plan.id(), record.viewer().auditName(),
                entries.text("plan.meetingActions.placedByHand")), clock.instant(), null);
        planStore.join(plan.id(), action.get().ownerAgencyId(), LocalDate.now(clock), record.viewer().auditName(),
                clock.instant());
        auditLog.record(record.viewer(), AuditAction.CHANGE_PLAN, record.child().value(), "action " + actionId
                + " placed in plan " + plan.id());
        followUp.changed(record.child());
        return Map.of();
    }

    public Optional<PlanAction> action(Plan plan, UUID actionId) {
        return store.byId(actionId).filter(a -> plan.id().equals(a.planId()));
    }

    public List<PlanAction> of(Plan plan) {
        return store.ofPlan(plan.id());
    }

    public List<Progress> progressOf(Plan plan) {
        return store.progressOfPlan(plan.id());
    }

    /** The child's actions agreed at meetings and waiting for a plan. */
    public List<PlanAction> waiting(OpenRecord record) {
        return store.waiting(record.child());
    }

    /** The child's open actions (in open plans, or waiting for one), soonest due first. */
    public List<PlanAction> open(OpenRecord record) {
        return store.openOfChild(record.child());
    }
}
