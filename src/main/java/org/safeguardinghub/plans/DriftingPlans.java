package org.safeguardinghub.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Agency;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.plans.internal.DriftReports;
import org.safeguardinghub.plans.internal.ManagersStore;
import org.safeguardinghub.plans.internal.OversightPolicy;
import org.safeguardinghub.plans.internal.OversightStore;
import org.springframework.stereotype.Service;

/**
 * What managers need to see of an agency's plans (issue 15, items 4 and 6): the open plans it leads or
 * is in that drift, with why, and the children whose plans it leads that have had no manager's
 * oversight within the period. A team's view keeps the plans its members lead. The caller names only
 * children the manager may open, and audits the list.
 */
@Service
public class DriftingPlans {

    /** A drifting plan and its reasons, as the drift rules last found them. */
    public record Drifting(UUID planId, ChildId child, PlanType type, PlanCategory category, UUID leadPractitionerId,
                           List<DriftReports.StoredReason> reasons) {
    }

    /** A child whose case needs a manager's oversight. */
    public record WithoutOversight(ChildId child, List<PlanType> plans, OversightPolicy.Standing standing) {
    }

    private final ManagersStore store;
    private final OversightStore oversight;
    private final DriftReports drift;
    private final CaseOversight caseOversight;
    private final WorkingDays workingDays;
    private final Clock clock;

    DriftingPlans(ManagersStore store, OversightStore oversight, DriftReports drift, CaseOversight caseOversight,
                  WorkingDays workingDays, Clock clock) {
        this.store = store;
        this.oversight = oversight;
        this.drift = drift;
        this.caseOversight = caseOversight;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** {@code team}: the practitioners of one team, whose led plans alone are shown; null for the whole agency. */
    public List<Drifting> of(Agency agency, Set<UUID> team) {
        return store.drifting(agency.id()).stream().filter(p -> team == null || team.contains(p.leadPractitionerId()))
                .map(p -> new Drifting(p.planId(), p.child(), p.type(), p.category(), p.leadPractitionerId(),
                        drift.read(p.reasons()))).toList();
    }

    public List<WithoutOversight> withoutOversight(Agency agency, Set<UUID> team) {
        Map<ChildId, List<ManagersStore.OpenPlan>> byChild = store.ledBy(agency.id()).stream()
                .filter(p -> team == null || team.contains(p.leadPractitionerId()))
                .collect(Collectors.groupingBy(ManagersStore.OpenPlan::child));
        Map<ChildId, LocalDate> latest = oversight.latest(byChild.keySet());
        OversightPolicy policy = caseOversight.policy();
        LocalDate today = LocalDate.now(clock);
        List<WithoutOversight> missing = new ArrayList<>();
        byChild.forEach((child, plans) -> policy.standing(plans.stream().map(ManagersStore.OpenPlan::type).toList(),
                        plans.stream().map(ManagersStore.OpenPlan::startedOn).toList(), Optional.ofNullable(latest.get(child)),
                        today, workingDays.calendar())
                .filter(OversightPolicy.Standing::missing)
                .ifPresent(s -> missing.add(new WithoutOversight(child, plans.stream().map(ManagersStore.OpenPlan::type)
                        .distinct().toList(), s))));
        missing.sort(java.util.Comparator.comparing(w -> w.standing().since()));
        return missing;
    }

    /** The oversight period of a child protection case, in working days, for the view to say. */
    public int oversightDays() {
        return caseOversight.policy().protectionWorkingDays();
    }
}
