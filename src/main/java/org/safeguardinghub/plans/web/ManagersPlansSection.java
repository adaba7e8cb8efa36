package org.safeguardinghub.plans.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.alerts.ManagersViewSection;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.plans.DriftingPlans;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.springframework.stereotype.Component;

/**
 * The managers' view of plans: the agency's drifting plans with their reasons, and its cases without a
 * manager's oversight in the period. Only children the manager may open are named, each audited.
 */
@Component
class ManagersPlansSection implements ManagersViewSection {

    /** A row: the child, the plan(s) and what the manager should know. */
    record Row(ChildId child, String childName, String plan, List<String> reasons) {
    }

    private final DriftingPlans plans;
    private final ChildRecords records;
    private final CareNetwork network;
    private final Practitioners practitioners;
    private final PlanEntries entries;
    private final PlanTexts texts;
    private final AuditLog auditLog;

    ManagersPlansSection(DriftingPlans plans, ChildRecords records, CareNetwork network, Practitioners practitioners,
                         PlanEntries entries, PlanTexts texts, AuditLog auditLog) {
        this.plans = plans;
        this.records = records;
        this.network = network;
        this.practitioners = practitioners;
        this.entries = entries;
        this.texts = texts;
        this.auditLog = auditLog;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<View> render(Actor.Person manager, Agency agency, String team) {
        Set<UUID> members = team == null ? null : practitioners.ofAgency(agency.id(), team).stream().map(Practitioner::id)
                .collect(Collectors.toSet());
        List<DriftingPlans.Drifting> drifting = plans.of(agency, members);
        List<DriftingPlans.WithoutOversight> missing = plans.withoutOversight(agency, members);
        Set<ChildId> named = new java.util.HashSet<>();
        drifting.forEach(d -> named.add(d.child()));
        missing.forEach(m -> named.add(m.child()));
        Set<ChildId> openable = records.mayOpen(manager, named);
        Map<ChildId, String> names = network.names(openable);
        List<Row> driftRows = drifting.stream().filter(d -> openable.contains(d.child()))
                .map(d -> new Row(d.child(), names.get(d.child()), entries.planName(d.type(), d.category()),
                        d.reasons().stream().map(r -> texts.text("plan.drift.short." + r.kind(), r.days())).distinct().toList()))
                .toList();
        List<Row> oversightRows = missing.stream().filter(m -> openable.contains(m.child()))
                .map(m -> new Row(m.child(), names.get(m.child()), m.plans().stream()
                        .map(t -> entries.planName(t, null)).collect(Collectors.joining(", ")), List.of(m.standing().never()
                        ? texts.text("plan.oversight.never", texts.date(m.standing().since()), m.standing().workingDays())
                        : texts.text("plan.oversight.last", texts.date(m.standing().since()), m.standing().workingDays()))))
                .toList();
        List<UUID> shown = new ArrayList<>();
        driftRows.forEach(r -> shown.add(r.child().value()));
        oversightRows.forEach(r -> shown.add(r.child().value()));
        auditLog.recordViews(manager, AuditAction.VIEW_LIST, shown.stream().distinct().toList(),
                "managers' view: drifting plans and cases without oversight, " + agency.code());
        return Optional.of(new View("plans/sections", "plansManagers", Map.of("drifting", driftRows,
                "withoutOversight", oversightRows, "protectionDays", plans.oversightDays())));
    }
}
