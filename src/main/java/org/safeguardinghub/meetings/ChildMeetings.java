package org.safeguardinghub.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's meetings on one page (issue 14, item 5: "A new social worker sees every meeting's
 * decisions and open actions on one page"): the statutory meetings due, the meetings the viewer
 * may read, every decision of their final minutes, and the actions not yet done.
 */
public record ChildMeetings(List<DueMeeting> due, List<Listed> meetings, List<DecisionTaken> decisions,
                            List<MeetingAction> openActions) {

    public ChildMeetings {
        due = List.copyOf(due);
        meetings = List.copyOf(meetings);
        decisions = List.copyOf(decisions);
        openActions = List.copyOf(openActions);
    }

    /** A meeting in the list: where its minutes stand, and its latest final minutes (null until finalised). */
    public record Listed(Meeting meeting, MeetingView.Status status, Minutes latestFinal) {
    }

    /** A decision and the meeting that took it. */
    public record DecisionTaken(UUID meetingId, MeetingType type, LocalDate heldOn, Decision decision) {
    }
}
