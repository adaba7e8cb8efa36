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
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.plans.internal.ChangeFollowUp;
import org.safeguardinghub.plans.internal.DriftReports;
import org.safeguardinghub.plans.internal.DriftRule;
import org.safeguardinghub.plans.internal.MeetingActions;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.plans.internal.PlanPeople;
import org.safeguardinghub.plans.internal.PlanPermissions;
import org.safeguardinghub.plans.internal.PlanRule;
import org.safeguardinghub.plans.internal.PlanStore;
import org.safeguardinghub.plans.internal.PlanVersions;
import org.safeguardinghub.plans.internal.ReviewTimescale;
import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's plans: making one (its kind, why, its lead, the agencies, the outcomes sought and when
 * it is first reviewed), and reading them as the viewer may. Actions are {@link PlanActions}',
 * reviews {@link PlanReviews}', leaving and closing {@link PlanWithdrawals}'.
 */
@Service
public class Plans {

    /** An outcome row of the form: in plain words, with the child's own view. */
    public record OutcomeInput(String wording, String childsView) {
    }

    /** What the form gives; {@code lead} is a practitioner's id, {@code agencies} agency ids. */
    public record NewPlan(String type, String category, String concern, DateInput startedOn, String lead,
                          List<String> agencies, List<OutcomeInput> outcomes) {

        public NewPlan {
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    /** The plan made, or the problems by field (message keys). */
    public record Made(UUID plan, Map<String, String> problems) {
    }

    private final PlanStore store;
    private final PlanPeople people;
    private final PlanEntries entries;
    private final PlanVersions versions;
    private final MeetingActions meetingActions;
    private final ChangeFollowUp followUp;
    private final DriftReports drift;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final ReviewTimescale timescale;
    private final AuditLog auditLog;
    private final Clock clock;

    Plans(PlanStore store, PlanPeople people, PlanEntries entries, PlanVersions versions, MeetingActions meetingActions,
          ChangeFollowUp followUp, DriftReports drift, Agencies agencies, WorkingDays workingDays, PlansProperties properties, AuditLog auditLog,
          Clock clock) {
        this.store = store;
        this.people = people;
        this.entries = entries;
        this.versions = versions;
        this.meetingActions = meetingActions;
        this.followUp = followUp;
        this.drift = drift;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.timescale = new ReviewTimescale(properties.earlyHelpReview(), properties.childInNeedReview(),
                properties.riskPlanReview());
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Permission mayMake(OpenRecord record) {
        return PlanPermissions.make(record.viewer(), record.basis(), null);
    }

    /** Makes the plan with its outcomes, in one transaction: a plan refused for any reason stores nothing. */
    @Transactional
    public Made make(OpenRecord record, NewPlan form) {
        Optional<PlanType> type = Optional.ofNullable(form.type()).flatMap(t -> java.util.Arrays.stream(PlanType.values())
                .filter(v -> v.name().equals(t)).findFirst());
        Permission permission = PlanPermissions.make(record.viewer(), record.basis(), type.orElse(null));
        if (permission.refused()) {
            return new Made(null, Map.of("type", permission.reason()));
        }
        PlanPeople.Chosen lead = people.choose(record.child(), form.lead());
        PlanRule.Checked checked = PlanRule.check(new PlanRule.Proposed(form.type(), form.category(), form.concern(),
                form.startedOn(), lead.standing(), form.outcomes().stream()
                        .map(o -> new PlanRule.OutcomeInput(o.wording(), o.childsView())).toList()), LocalDate.now(clock));
        Map<String, String> problems = new LinkedHashMap<>(checked.problems());
        Set<UUID> involved = involved(form.agencies(), lead.practitioner(), problems);
        if (!problems.isEmpty()) {
            return new Made(null, problems);
        }
        UUID plan = insert((Actor.Person) record.viewer(), record, checked.valid().orElseThrow(), lead.practitioner().orElseThrow(),
                involved);
        return new Made(plan, Map.of());
    }

    private UUID insert(Actor.Person by, OpenRecord record, PlanRule.Valid plan, Practitioner lead, Set<UUID> involved) {
        ReviewTimescale.Due review = timescale.first(plan.type(), plan.startedOn(), workingDays.calendar());
        UUID entry = entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                plan.startedOn(), Significance.SIGNIFICANT, "plan.entry.made", entries.planName(plan.type(), plan.category()),
                entries.date(plan.startedOn()), lead.displayName(), lead.agency().code(), entries.date(review.on()));
        UUID id = Ids.newId();
        store.insert(new PlanStore.NewPlan(id, record.child(), plan.type(), plan.category(), plan.concern(), lead.id(),
                lead.agency().id(), plan.startedOn(), review.on(), by.username(), clock.instant(), entry), involved,
                plan.outcomes());
        meetingActions.placeWaiting(id, by.username());
        versions.keep(id, by.username(), "made");
        followUp.changed(record.child());
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "made " + plan.type() + " " + id);
        return id;
    }

    /** The lead's agency and the agencies chosen (ids of known agencies). */
    private Set<UUID> involved(List<String> chosen, Optional<Practitioner> lead, Map<String, String> problems) {
        Set<UUID> involved = new LinkedHashSet<>();
        lead.ifPresent(p -> involved.add(p.agency().id()));
        for (String id : chosen) {
            Optional<Agency> agency = agencies.all().stream().filter(a -> a.id().toString().equals(id)).findFirst();
            if (agency.isEmpty()) {
                problems.put("agencies", "plan.error.agencies");
            }
            agency.ifPresent(a -> involved.add(a.id()));
        }
        return involved;
    }

    /** The child's plans the viewer may read, open ones first. */
    public List<Plan> ofChild(OpenRecord record) {
        return store.ofChild(record.child()).stream().filter(p -> mayRead(record, p)).toList();
    }

    /** One of the child's plans, if the viewer may read it. */
    public Optional<Plan> get(OpenRecord record, UUID plan) {
        return store.byId(plan).filter(p -> p.child().equals(record.child()) && mayRead(record, p));
    }

    public boolean mayRead(OpenRecord record, Plan plan) {
        return PlanPermissions.read(record.viewer(), record.basis(), plan.agencies()).allowed();
    }

    public Permission mayChange(OpenRecord record, Plan plan) {
        return plan.open() ? PlanPermissions.change(record.viewer(), record.basis(), parties(plan))
                : Permission.refused("plan.error.ended");
    }

    public static PlanPermissions.PlanParties parties(Plan plan) {
        return new PlanPermissions.PlanParties(plan.leadPractitionerId(), plan.leadAgencyId(), plan.agencies());
    }

    /** Who may lead the child's plans or own their actions: the practitioners in the child's network. */
    public List<Practitioner> people(OpenRecord record) {
        return people.of(record.child());
    }

    public List<Outcome> outcomes(Plan plan) {
        return store.outcomes(plan.id());
    }

    /** Why the plan's review is due when it is, for the page to explain the date. */
    public ReviewTimescale.Due firstReview(Plan plan) {
        return timescale.first(plan.type(), plan.startedOn(), workingDays.calendar());
    }

    /** Why each of the child's open plans drifts today, if it does (empty reasons when not). */
    public Map<UUID, DriftRule.Drift> drifts(OpenRecord record) {
        return drift.current(record.child());
    }

    public ReviewTimescale timescale() {
        return timescale;
    }
}
