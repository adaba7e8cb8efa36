package org.safeguardinghub.meetings.web;

import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every meeting page starts with: open the child's record (audited), then the meeting if the
 * viewer may read it. A child or meeting the viewer may not see is "not found", like one that does not exist.
 */
@Component
class MeetingPages {

    private final ChildRecords records;
    private final MeetingsQuery query;

    MeetingPages(ChildRecords records, MeetingsQuery query) {
        this.records = records;
        this.query = query;
    }

    OpenRecord open(Actor viewer, String childId, String detail) {
        return records.open(viewer, childId, AuditAction.VIEW_CHILD, detail)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    MeetingView meeting(OpenRecord record, String meetingId) {
        UUID id;
        try {
            id = UUID.fromString(meetingId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return query.meeting(record, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
