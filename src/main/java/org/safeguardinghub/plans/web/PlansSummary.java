package org.safeguardinghub.plans.web;

import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.chronology.ChildPageSection;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.CaseOversight;
import org.springframework.stereotype.Component;

/** The child's open plans at a glance at the top of the child's page: each with its next review, drifting or not. */
@Component
class PlansSummary implements ChildPageSection {

    private final PlanRows rows;
    private final CaseOversight oversight;

    PlansSummary(PlanRows rows, CaseOversight oversight) {
        this.rows = rows;
        this.oversight = oversight;
    }

    @Override
    public Place place() {
        return Place.SUMMARY;
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public Optional<View> render(OpenRecord record) {
        var open = rows.of(record).stream().filter(r -> r.plan().open()).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new View("plans/sections", "plansCard", Map.of("plans", open,
                "standing", oversight.standing(record).map(s -> (Object) s).orElse(""),
                "childId", record.child().toString())));
    }
}
