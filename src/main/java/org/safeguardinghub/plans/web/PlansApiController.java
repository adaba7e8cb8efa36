package org.safeguardinghub.plans.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.PlanActions;
import org.safeguardinghub.plans.Plans;
import org.safeguardinghub.shared.ApiProblems;
import org.safeguardinghub.shared.InvalidRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/children/{childId}/plans}: the child's plans in which the calling agency is
 * involved, with their outcomes, actions and reviews; and
 * {@code POST /api/v1/children/{childId}/plans/{planId}/actions/{actionId}/progress}: a progress update
 * on an action the calling agency owns. A child the agency may not open, or a plan it is not in, is
 * 404; an action of another agency's is 403; bad input is 400; all as RFC 9457 problem documents.
 */
@RestController
@Tag(name = "Plans", description = "The plans your agency is part of, and progress on the actions it owns")
class PlansApiController {

    /** A progress update as a partner sends it. */
    record ProgressUpdate(String note, String status, String effectiveness) {
    }

    private final ChildRecords records;
    private final Plans plans;
    private final PlanActions actions;
    private final PlansJson json;
    private final Shares shares;
    private final PlanTexts texts;

    PlansApiController(ChildRecords records, Plans plans, PlanActions actions, PlansJson json, Shares shares, PlanTexts texts) {
        this.records = records;
        this.plans = plans;
        this.actions = actions;
        this.json = json;
        this.shares = shares;
        this.texts = texts;
    }

    @Operation(summary = "The child's plans your agency is part of",
            description = "Each plan with its type (and category for a child protection plan), lead professional, "
                    + "agencies, dates, the outcomes sought with the child's view, the actions with owner, due date, "
                    + "status and effectiveness, and the reviews. A child your agency may not open is 404.")
    @GetMapping(path = "/api/v1/children/{childId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    PlansJson.ChildPlans plans(@PathVariable String childId, Actor.PartnerSystem client) {
        OpenRecord record = open(client, childId);
        List<Plan> theirs = plans.ofChild(record).stream().filter(p -> p.agencies().contains(client.agency().id())).toList();
        if (!theirs.isEmpty()) {
            shares.record(client, record.child().value(), theirs.size() + " plans through the API",
                    SharePurpose.PARTNER_SYSTEM_READ);
        }
        return new PlansJson.ChildPlans(record.child().toString(), theirs.stream().map(json::plan).toList());
    }

    @Operation(summary = "Record progress on an action your agency owns",
            description = "status is NOT_STARTED, IN_PROGRESS, DONE or STOPPED; a DONE action needs effectiveness "
                    + "(WORKED, PARTLY_WORKED or NOT_WORKED), judged against its 'how we will know it worked' measure. "
                    + "Answers the action as it now stands.")
    @PostMapping(path = "/api/v1/children/{childId}/plans/{planId}/actions/{actionId}/progress",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PlansJson.Action progress(@PathVariable String childId, @PathVariable UUID planId, @PathVariable UUID actionId,
                              @RequestBody ProgressUpdate update, Actor.PartnerSystem client) {
        OpenRecord record = open(client, childId);
        Plan plan = plans.get(record, planId).filter(p -> p.agencies().contains(client.agency().id()))
                .orElseThrow(() -> new ApiProblems.NotFound("No plan " + planId + " of this child that your agency is part of."));
        PlanAction action = actions.action(plan, actionId)
                .orElseThrow(() -> new ApiProblems.NotFound("No action " + actionId + " in plan " + planId + "."));
        if (!action.ownerAgencyId().equals(client.agency().id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, texts.text("plan.error.notYourAction"));
        }
        Map<String, String> problems = actions.progress(record, plan, actionId,
                new PlanActions.Update(update.note(), update.status(), update.effectiveness()));
        if (problems.containsValue("plan.progress.error.closed") || problems.containsValue("plan.error.ended")) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, texts.text("plan.progress.error.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems.entrySet().stream().map(e -> e.getKey() + ": " + texts.text(e.getValue()))
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        return json.action(actions.action(plan, actionId).orElseThrow());
    }

    private OpenRecord open(Actor.PartnerSystem client, String childId) {
        return ChildId.parse(childId).flatMap(id -> records.open(client, id, AuditAction.VIEW_CHILD, "plans through the API"))
                .orElseThrow(() -> new ApiProblems.NotFound("No child " + childId + " that your agency works with."));
    }
}
