package org.safeguardinghub.risk.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.safeguardinghub.risk.Screening;
import org.safeguardinghub.risk.Screenings;
import org.springframework.stereotype.Component;

/**
 * In the managers' view: lowerings of exploitation risk waiting for a manager's agreement, for the
 * manager's agency (its practitioners' screenings, or, for children's social care, any screening of
 * a child it may open), overdue first; only children the manager may open are named, and each is
 * audited.
 */
@Component
class RiskManagersSection implements ManagersViewSection {

    private final Screenings screenings;
    private final ChildRecords records;
    private final CareNetwork names;
    private final Practitioners practitioners;
    private final AuditLog auditLog;
    private final Clock clock;

    RiskManagersSection(Screenings screenings, ChildRecords records, CareNetwork names, Practitioners practitioners,
                        AuditLog auditLog, Clock clock) {
        this.screenings = screenings;
        this.records = records;
        this.names = names;
        this.practitioners = practitioners;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<View> render(Actor.Person manager, Agency agency, String team) {
        Set<String> teamMembers = team == null ? null : practitioners.ofAgency(agency.id(), team).stream()
                .map(Practitioner::username).collect(Collectors.toSet());
        List<Screening> waiting = screenings.waitingForAgreement().stream()
                .filter(s -> s.agencyId().equals(agency.id()) ? teamMembers == null || teamMembers.contains(s.screenedBy())
                        : agency.isChildrensSocialCare() && team == null)
                .toList();
        Set<ChildId> mayOpen = records.mayOpen(manager, waiting.stream().map(Screening::child).toList());
        List<Screening> shown = waiting.stream().filter(s -> mayOpen.contains(s.child()))
                .sorted(java.util.Comparator.comparing(Screening::agreementDueAt)).toList();
        auditLog.recordViews(manager, AuditAction.VIEW_LIST, shown.stream().map(s -> s.child().value()).toList(),
                "managers' view: exploitation risk lowerings waiting for agreement");
        return Optional.of(new View("risk/managers", "riskManagers", Map.of("waiting", shown,
                "names", names.names(mayOpen), "now", clock.instant())));
    }
}
