package org.safeguardinghub.oversight.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.Alerts;
import org.safeguardinghub.shared.ApiProblems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/children/{childId}/alerts}: the child's open alerts, as contract v1 gives them. */
@RestController
@Tag(name = "Alerts", description = "A child's open alerts")
class AlertsApiController {

    private final ChildRecords records;
    private final Alerts alerts;

    AlertsApiController(ChildRecords records, Alerts alerts) {
        this.records = records;
        this.alerts = alerts;
    }

    /**
     * An open alert (contract v1.1): the reason only where it reveals nothing the calling agency may
     * not read, and whom to contact.
     */
    record OpenAlert(AlertCode code, String raisedAt, Severity severity, String reason, String contact) {
    }

    @Operation(summary = "A child's open alerts",
            description = "Raised by rules as soon as the information that meets them is committed, whichever agency "
                    + "sent it; closed by a person with a recorded reason. A child your agency does not work with is 404.")
    @GetMapping(path = "/api/v1/children/{childId}/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OpenAlert> alerts(@PathVariable String childId, Actor.PartnerSystem client) {
        OpenRecord record = records.open(client, childId, AuditAction.READ_CHRONOLOGY, "alerts")
                .orElseThrow(() -> new ApiProblems.NotFound("No child " + childId + " that your agency works with."));
        String contact = alerts.contact(record);
        return alerts.notClosed(record).stream()
                .map(a -> new OpenAlert(a.code(), a.raisedAt().toString(), a.severity(), alerts.reason(record, a), contact))
                .toList();
    }
}
