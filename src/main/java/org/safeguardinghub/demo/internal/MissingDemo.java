package org.safeguardinghub.demo.internal;

import java.io.IOException;
import java.io.InputStream;
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
import org.safeguardinghub.missing.PlanSubmission;
import org.safeguardinghub.missing.TriggerPlans;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The missing trigger plan a demo child's story implies ({@code demo/missing/trigger-plans.json},
 * keyed by story file), saved by the child's carer through the same facade as the form, so it passes
 * every rule a carer's would. Ellie-Mae, placed by the North in a South children's home, has one: the
 * local authority should "consider the development of 'trigger plans' when working with children at
 * high risk of CSE" (seeds 003_… LP36). Her episodes come through the missing module from the feed
 * like every demo child's (her story's own file holds the host police's report of her last episode).
 */
@Component
@ConditionalOnProperty("safeguarding.demo.enabled")
class MissingDemo {

    private final TriggerPlans triggerPlans;
    private final ChildRecords records;
    private final Practitioners practitioners;
    private final JsonMapper json;

    MissingDemo(TriggerPlans triggerPlans, ChildRecords records, Practitioners practitioners, JsonMapper json) {
        this.triggerPlans = triggerPlans;
        this.records = records;
        this.practitioners = practitioners;
        this.json = json;
    }

    /** Saves the story's trigger plan for the child, if the story has one; fails loudly if a rule refuses it. */
    void load(String story, ChildId child) {
        JsonNode plan = plans().get(story);
        if (plan == null) {
            return;
        }
        Practitioner carer = practitioners.byUsername(plan.get("recordedBy").stringValue()).orElseThrow();
        Actor actor = new Actor.Person(carer.id(), carer.username(), carer.displayName(), carer.agency(), carer.roles());
        OpenRecord record = records.open(actor, child, AuditAction.RECORD_EVENT, "demo data")
                .orElseThrow(() -> new IllegalStateException("Demo trigger plan of " + story + ": its carer may not open the record"));
        List<PlanSubmission.StageRow> stages = new ArrayList<>();
        for (JsonNode s : plan.get("stages")) {
            stages.add(new PlanSubmission.StageRow(s.get("label").stringValue(), s.get("hours").asString(),
                    s.get("minutes").asString(), s.get("actions").stringValue(), s.get("whoIsCalled").stringValue(),
                    s.get("tellPolice").booleanValue(), s.get("strategyMeeting").booleanValue()));
        }
        Map<String, String> problems = triggerPlans.save(record, new PlanSubmission(plan.get("triggers").stringValue(), stages));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo trigger plan of " + story + " refused: " + problems);
        }
    }

    private JsonNode plans() {
        try (InputStream in = new ClassPathResource("demo/missing/trigger-plans.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("demo/missing/trigger-plans.json", e);
        }
    }
}
