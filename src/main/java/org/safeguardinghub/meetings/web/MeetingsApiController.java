package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.SharePurpose;
import org.safeguardinghub.access.Shares;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.ChildMeetings;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.safeguardinghub.meetings.internal.MeetingLoader;
import org.safeguardinghub.shared.ApiProblems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/children/{childId}/meetings} and {@code GET /api/v1/meetings/{meetingId}}
 * (issue 14, item 6): the meetings an agency was invited to, with invitees, attendance, decisions,
 * actions (owner, due date, status) and recommendations, so partner systems can show their staff
 * what they agreed to do. An invitation is the agency's relationship with the child for the
 * meeting's purpose (contract v1.1); an agency in the child's network reads all the child's
 * meetings. Only final minutes are given; restricted reports and contributions are marked, not
 * shown. Each read is recorded as a share with its lawful basis.
 */
@RestController
@Tag(name = "Meetings", description = "Meetings your agency was invited to, and what was agreed")
class MeetingsApiController {

    private final ChildRecords records;
    private final MeetingsQuery query;
    private final MeetingLoader loader;
    private final Shares shares;
    private final Clock clock;

    MeetingsApiController(ChildRecords records, MeetingsQuery query, MeetingLoader loader, Shares shares, Clock clock) {
        this.records = records;
        this.query = query;
        this.loader = loader;
        this.shares = shares;
        this.clock = clock;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MeetingSummary(String id, String childId, String type, String scheduledOn, String status, String heldOn,
                          Integer minutesVersion, String dueOn, List<String> agenciesInvited, String href) {
    }

    record ChildMeetingList(String childId, List<MeetingSummary> meetings) {
    }

    @Operation(summary = "The meetings about a child that your agency may read",
            description = "Meetings your agency was invited to; every meeting about the child if your agency is in the "
                    + "child's professional network. A child your agency has no relationship with is 404.")
    @GetMapping(path = "/api/v1/children/{childId}/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    ChildMeetingList meetings(@PathVariable String childId, Actor.PartnerSystem client) {
        OpenRecord record = ChildId.parse(childId)
                .flatMap(id -> records.open(client, id, AuditAction.VIEW_CHILD, "meetings through the API"))
                .orElseThrow(() -> new ApiProblems.NotFound("No child " + childId + " that your agency works with."));
        ChildMeetings all = query.ofChild(record);
        return new ChildMeetingList(record.child().toString(), all.meetings().stream().map(l -> new MeetingSummary(
                l.meeting().id().toString(), record.child().toString(), l.meeting().type().name(),
                l.meeting().scheduledOn().toString(), l.status().name(),
                l.latestFinal() == null ? null : l.latestFinal().heldOn().toString(),
                l.latestFinal() == null ? null : l.latestFinal().finalVersion(),
                l.meeting().due() == null ? null : l.meeting().due().on().toString(),
                l.meeting().invitations().stream().map(i -> i.who().agency().code()).distinct().toList(),
                "/api/v1/meetings/" + l.meeting().id())).toList());
    }

    @Operation(summary = "A meeting your agency was invited to: invitees, attendance, decisions, actions and recommendations",
            description = "Minutes are given once final (the latest version). Actions carry their owner, due date and "
                    + "status (OPEN, OVERDUE or DONE). Reports and contributions your agency may not read are marked "
                    + "restricted, with whom to ask. A meeting your agency may not read is 404.")
    @GetMapping(path = "/api/v1/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
    MeetingDocument meeting(@PathVariable String meetingId, Actor.PartnerSystem client) {
        UUID id = parse(meetingId);
        var meeting = loader.meeting(id).orElseThrow(() -> notFound(meetingId));
        OpenRecord record = records.open(client, meeting.child(), AuditAction.VIEW_CHILD, "meeting " + id + " through the API")
                .orElseThrow(() -> notFound(meetingId));
        MeetingView view = query.meeting(record, id).orElseThrow(() -> notFound(meetingId));
        shares.record(client, record.child().value(), "meeting " + id + " through the API", SharePurpose.PARTNER_SYSTEM_READ);
        return MeetingDocument.of(view, record, LocalDate.now(clock));
    }

    private static ApiProblems.NotFound notFound(String meetingId) {
        return new ApiProblems.NotFound("No meeting " + meetingId + " that your agency may read.");
    }

    private static UUID parse(String meetingId) {
        try {
            return UUID.fromString(meetingId);
        } catch (IllegalArgumentException e) {
            throw notFound(meetingId);
        }
    }
}
