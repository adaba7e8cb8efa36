package org.safeguardinghub.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.plans.internal.Fields;
import org.safeguardinghub.plans.internal.OversightPolicy;
import org.safeguardinghub.plans.internal.OversightStore;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.plans.internal.PlanPermissions;
import org.safeguardinghub.plans.internal.PlanStore;
import org.safeguardinghub.shared.DateInput;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' oversight of a child's case (issue 15, item 6): a manager records the date, a note and a
 * direction; a child with an open plan and no oversight within the period ({@link OversightPolicy})
 * shows in the managers' view.
 */
@Service
public class CaseOversight {

    public record Form(DateInput on, String note, String direction) {
    }

    private final OversightStore store;
    private final PlanStore plans;
    private final PlanEntries entries;
    private final WorkingDays workingDays;
    private final OversightPolicy policy;
    private final AuditLog auditLog;
    private final Clock clock;

    CaseOversight(OversightStore store, PlanStore plans, PlanEntries entries, WorkingDays workingDays,
                  PlansProperties properties, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.entries = entries;
        this.workingDays = workingDays;
        this.policy = new OversightPolicy(properties.oversightWorkingDays(), properties.otherOversightWorkingDays());
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Permission mayRecord(OpenRecord record) {
        Set<UUID> leads = plans.ofChild(record.child()).stream().filter(Plan::open).map(Plan::leadAgencyId)
                .collect(Collectors.toSet());
        return PlanPermissions.recordOversight(record.viewer(), record.basis(), leads);
    }

    /** Records the oversight; the problems by field (message keys) if it is refused. */
    @Transactional
    public Map<String, String> record(OpenRecord record, Form form) {
        Permission permission = mayRecord(record);
        if (permission.refused()) {
            return Map.of("note", permission.reason());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<LocalDate> on = Fields.date(problems, "on", form.on(), "plan.oversight.error.on");
        if (on.isPresent() && on.get().isAfter(LocalDate.now(clock))) {
            problems.put("on", "plan.oversight.error.inFuture");
        }
        Fields.required(problems, "note", form.note(), Fields.TEXT, "plan.oversight.error.note");
        Fields.required(problems, "direction", form.direction(), Fields.TEXT, "plan.oversight.error.direction");
        if (!problems.isEmpty()) {
            return problems;
        }
        Actor.Person by = (Actor.Person) record.viewer();
        store.insert(record.child(), new ManagerOversight(Ids.newId(), on.get(), form.note().strip(), form.direction().strip(),
                by.practitionerId(), by.username(), clock.instant()));
        entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()), on.get(),
                Significance.ROUTINE, "plan.entry.oversight", by.displayName(), entries.date(on.get()));
        auditLog.record(by, AuditAction.CHANGE_PLAN, record.child().value(), "manager oversight on " + on.get());
        return Map.of();
    }

    public List<ManagerOversight> ofChild(OpenRecord record) {
        return store.ofChild(record.child());
    }

    /** Whether the child's case lacks a manager's oversight now (empty when the child has no open plan). */
    public Optional<OversightPolicy.Standing> standing(OpenRecord record) {
        List<Plan> open = plans.ofChild(record.child()).stream().filter(Plan::open).toList();
        return policy.standing(open.stream().map(Plan::type).toList(), open.stream().map(Plan::startedOn).toList(),
                store.ofChild(record.child()).stream().findFirst().map(ManagerOversight::on), LocalDate.now(clock),
                workingDays.calendar());
    }

    public OversightPolicy policy() {
        return policy;
    }
}
