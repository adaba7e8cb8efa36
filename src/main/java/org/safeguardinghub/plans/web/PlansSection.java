package org.safeguardinghub.plans.web;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.CaseOversight;
import org.safeguardinghub.plans.ManagerOversight;
import org.safeguardinghub.plans.Plans;
import org.springframework.stereotype.Component;

/**
 * The child's plans tab: every plan the viewer may read (open first) with its lead, next review and
 * why it drifts; actions agreed at meetings still waiting for a plan; managers' oversight of the case.
 */
@Component
class PlansSection implements ChildPageSection {

    private final PlanRows rows;
    private final Plans plans;
    private final CaseOversight oversight;

    PlansSection(PlanRows rows, Plans plans, CaseOversight oversight) {
        this.rows = rows;
        this.plans = plans;
        this.oversight = oversight;
    }

    @Override
    public String tab() {
        return "plans";
    }

    @Override
    public String titleKey() {
        return "plans.title";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        var history = oversight.ofChild(record);
        return Optional.of(new View("plans/sections", "plansTab", Map.of(
                "plans", rows.of(record),
                "waiting", record.wholeRecord() ? rows.waiting(record) : java.util.List.of(),
                "mayMake", plans.mayMake(record).allowed(),
                "oversight", history,
                "managers", rows.names(history.stream().map(ManagerOversight::managerId).collect(Collectors.toSet())),
                "standing", oversight.standing(record).map(s -> (Object) s).orElse(""),
                "mayRecordOversight", oversight.mayRecord(record).allowed(),
                "childId", record.child().toString())));
    }
}
