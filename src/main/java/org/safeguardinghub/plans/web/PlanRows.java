package org.safeguardinghub.plans.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.plans.internal.DriftRule;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.springframework.stereotype.Component;

/** The child's plans as the child's page lists them: each with its name, lead, and why it drifts if it does. */
@Component
class PlanRows {

    /** A plan in the list. */
    record Row(Plan plan, String name, String lead, List<String> drift) {

        public boolean drifting() {
            return !drift.isEmpty();
        }
    }

    /** An action of a meeting waiting for a plan. */
    record Waiting(PlanAction action, String owner, String agency, String meeting) {
    }

    private final Plans plans;
    private final PlanActions actions;
    private final Practitioners practitioners;
    private final PlanEntries entries;
    private final PlanTexts texts;

    PlanRows(Plans plans, PlanActions actions, Practitioners practitioners, PlanEntries entries, PlanTexts texts) {
        this.plans = plans;
        this.actions = actions;
        this.practitioners = practitioners;
        this.entries = entries;
        this.texts = texts;
    }

    List<Row> of(OpenRecord record) {
        List<Plan> all = plans.ofChild(record);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<UUID, DriftRule.Drift> drifts = plans.drifts(record);
        Map<UUID, String> names = names(all.stream().map(Plan::leadPractitionerId).collect(Collectors.toSet()));
        return all.stream().map(p -> new Row(p, entries.planName(p.type(), p.category()), names.getOrDefault(p.leadPractitionerId(), ""),
                drifts.containsKey(p.id()) ? texts.drift(drifts.get(p.id()), actions.of(p).stream()
                        .collect(Collectors.toMap(PlanAction::id, Function.identity()))) : List.of())).toList();
    }

    List<Waiting> waiting(OpenRecord record) {
        List<PlanAction> waiting = actions.waiting(record);
        Map<UUID, String> names = names(waiting.stream().map(PlanAction::ownerPractitionerId).collect(Collectors.toSet()));
        return waiting.stream().map(a -> new Waiting(a, names.getOrDefault(a.ownerPractitionerId(), ""),
                entries.agencyCode(a.ownerAgencyId()), a.meetingType() == null ? ""
                        : texts.text("plan.meetingType." + a.meetingType()))).toList();
    }

    Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        practitioners.byIds(new HashSet<>(ids)).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }
}
