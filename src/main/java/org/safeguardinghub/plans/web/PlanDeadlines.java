package org.safeguardinghub.plans.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.plans.internal.PlanEntries;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Component;

/**
 * What the child's plans have due: each open plan's next review, and each open action (in a plan the
 * viewer may read, or agreed at a meeting and waiting for a plan) by its due date.
 */
@Component
class PlanDeadlines implements ChildDeadlines {

    private final Plans plans;
    private final PlanActions actions;
    private final PlanEntries entries;

    PlanDeadlines(Plans plans, PlanActions actions, PlanEntries entries) {
        this.plans = plans;
        this.actions = actions;
        this.entries = entries;
    }

    @Override
    public List<Deadline> deadlines(OpenRecord record) {
        List<Deadline> due = new ArrayList<>();
        Map<UUID, Plan> open = plans.ofChild(record).stream().filter(Plan::open)
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        String base = "/children/" + record.child() + "/plans/";
        open.values().forEach(p -> due.add(new Deadline(HubTime.endOf(p.reviewDue()), true, "plan.due.review",
                List.of(entries.planName(p.type(), p.category())), base + p.id())));
        for (PlanAction action : actions.open(record)) {
            if (action.waiting() ? record.wholeRecord() : open.containsKey(action.planId())) {
                due.add(new Deadline(HubTime.endOf(action.dueOn()), true, "plan.due.action", List.of(action.what()),
                        action.waiting() ? "/children/" + record.child() + "?tab=plans#tab" : base + action.planId()
                                + "#action-" + action.id()));
            }
        }
        return due;
    }
}
