package org.safeguardinghub.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A statutory meeting the child is due (DESIGN.md, "Statutory timescales"): its type, the day it is
 * due by and why (a message key and its arguments: numbers and dates), whether that day has passed,
 * and the meeting convened for it if there is one (null otherwise).
 */
public record DueMeeting(MeetingType type, LocalDate dueOn, String reasonKey, List<Object> args, boolean overdue,
                         UUID convened) {

    public DueMeeting {
        args = List.copyOf(args);
    }
}
