package org.safeguardinghub.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.shared.DateInput;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan each demo child's story implies ({@code demo/plans/plans.json}, keyed by story file),
 * made by its lead professional through the same facade as the pages, so the demo's plans pass
 * every rule a practitioner's would. Zoë's child in need plan is past its review date with an
 * overdue action: it drifts, as her case did (seeds 000).
 */
@Component
@ConditionalOnProperty("safeguarding.demo.enabled")
class PlansDemo {

    private final Plans plans;
    private final PlanActions actions;
    private final ChildRecords records;
    private final Practitioners practitioners;
    private final JsonMapper json;
    private final Clock clock;

    PlansDemo(Plans plans, PlanActions actions, ChildRecords records, Practitioners practitioners, JsonMapper json,
              Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.records = records;
        this.practitioners = practitioners;
        this.json = json;
        this.clock = clock;
    }

    /** Makes the story's plan for the child, if the story has one; fails loudly if a rule refuses it. */
    void load(String story, ChildId child) {
        JsonNode plan = stories().get(story);
        if (plan == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        OpenRecord record = records.open(person(plan.get("lead").stringValue()), child, AuditAction.CHANGE_PLAN, "demo data")
                .orElseThrow(() -> new IllegalStateException("Demo plan of " + story + ": its lead may not open the record"));
        List<Plans.OutcomeInput> outcomes = new ArrayList<>();
        plan.get("outcomes").forEach(o -> outcomes.add(new Plans.OutcomeInput(o.get("wording").stringValue(),
                o.get("childsView").stringValue())));
        Plans.Made made = plans.make(record, new Plans.NewPlan(plan.get("type").stringValue(),
                plan.has("category") ? plan.get("category").stringValue() : null, plan.get("concern").stringValue(),
                DateInput.of(today.minusDays(plan.get("startedDaysAgo").intValue())), id(plan.get("lead").stringValue()),
                List.of(), outcomes));
        check(story, made.problems());
        Plan madePlan = plans.get(record, made.plan()).orElseThrow();
        for (JsonNode a : plan.get("actions")) {
            check(story, actions.add(record, madePlan, new PlanActions.NewAction(a.get("what").stringValue(),
                    id(a.get("owner").stringValue()), DateInput.of(today.minusDays(a.get("dueDaysAgo").intValue())),
                    a.get("done").stringValue(), a.get("worked").stringValue(), null)));
        }
    }

    private JsonNode stories() {
        try (InputStream in = new ClassPathResource("demo/plans/plans.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("demo/plans/plans.json", e);
        }
    }

    private static void check(String story, Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo plan of " + story + " refused: " + problems);
        }
    }

    private String id(String username) {
        return practitioners.byUsername(username).orElseThrow().id().toString();
    }

    private Actor person(String username) {
        Practitioner p = practitioners.byUsername(username).orElseThrow();
        return new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles());
    }
}
