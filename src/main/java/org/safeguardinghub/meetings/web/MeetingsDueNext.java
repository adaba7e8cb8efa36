package org.safeguardinghub.meetings.web;

import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.chronology.ChildDeadlines;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.DueMeeting;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingsQuery;
import org.safeguardinghub.meetings.internal.MeetingInvitations;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Component;

/**
 * The meetings a child is due for "what is due next" on the child's page: each statutory meeting by
 * its due date, each meeting convened and not yet finalised by its date, and the viewer's own
 * actions not yet done by theirs.
 */
@Component
class MeetingsDueNext implements ChildDeadlines {

    private final MeetingsQuery query;

    MeetingsDueNext(MeetingsQuery query) {
        this.query = query;
    }

    @Override
    public List<Deadline> deadlines(OpenRecord record) {
        MeetingsQuery.Upcoming upcoming = query.upcoming(record);
        String tab = "/children/" + record.child() + "?tab=meetings#tab";
        List<Deadline> due = new ArrayList<>();
        for (DueMeeting d : upcoming.due()) {
            String link = d.convened() == null ? tab : MeetingInvitations.link(record.child(), d.convened());
            due.add(new Deadline(HubTime.endOf(d.dueOn()), true, "meetings.dueNext.statutory." + d.type(), List.of(), link));
        }
        for (Meeting m : upcoming.convened()) {
            due.add(new Deadline(HubTime.endOf(m.scheduledOn()), true, "meetings.dueNext.meeting." + m.type(), List.of(),
                    MeetingInvitations.link(record.child(), m.id())));
        }
        upcoming.mine().forEach(a -> due.add(new Deadline(HubTime.endOf(a.action().due()), true, "meetings.dueNext.action",
                List.of(), MeetingInvitations.link(record.child(), a.meetingId()) + "#action-" + a.action().id())));
        return due;
    }
}
