package org.safeguardinghub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.MeetingType;

/**
 * A SMART action: what needs to happen, who will do it (a practitioner in an agency), by when, how we
 * will know it has been done and how we will know it worked (seeds 000, "Child U - Action Plan").
 * Actions agreed at a meeting come with the first four; the last is asked for on the plan. An open
 * action takes progress updates (the last when done, with the judgement of whether it worked), is
 * changed as a new version, and an action of a meeting waiting for a plan can be placed in one.
 *
 * @param planId null while an action of a meeting waits for a plan
 * @param lastProgressOn the day of its last progress update, or the day it was added if it has none
 */
public record PlanAction(UUID id, ChildId child, UUID planId, UUID outcomeId, int version, String what,
                         UUID ownerPractitionerId, UUID ownerAgencyId, LocalDate dueOn, String doneLooksLike,
                         String workedLooksLike, ActionStatus status, Effectiveness effectiveness, LocalDate doneOn,
                         LocalDate lastProgressOn, Source source, UUID meetingId, MeetingType meetingType,
                         UUID meetingActionId, int meetingVersion, UUID entryId, String addedBy, Instant addedAt) {

    public enum Source { PLAN, MEETING }

    /** A progress update: by whom (of which agency, a person or a partner system), what happened, and the status after. */
    public record ProgressRecorded(UUID actionId, String by, UUID agencyId, boolean byPartnerSystem, String note,
                                   ActionStatus status, Effectiveness effectiveness, LocalDate on, UUID reviewId) {
    }

    /** A new version of the action's terms, by whom and why. */
    public record Changed(UUID actionId, int version, UUID planId, String what, UUID ownerPractitionerId,
                          UUID ownerAgencyId, LocalDate dueOn, String doneLooksLike, String workedLooksLike, String by,
                          String reason) {
    }

    public boolean open() {
        return status.open();
    }

    public boolean waiting() {
        return planId == null;
    }

    public ProgressRecorded progress(String by, UUID agencyId, boolean byPartnerSystem, String note, ActionStatus to,
                                     Effectiveness worked, LocalDate on, UUID reviewId) {
        if (!open()) {
            throw new IllegalStateException("action " + id + " is " + status + "; it takes no more progress");
        }
        if (to == ActionStatus.DONE && worked == null) {
            throw new IllegalArgumentException("a done action needs a judgement of whether it worked");
        }
        return new ProgressRecorded(id, by, agencyId, byPartnerSystem, note, to, to == ActionStatus.DONE ? worked : null, on,
                reviewId);
    }

    /** The action's terms as a meeting's corrected minutes give them (the plan it is in stays). */
    public Changed correct(String what, UUID owner, UUID ownerAgency, LocalDate due, String doneLooksLike, String by,
                           String reason) {
        return new Changed(id, version + 1, planId, what, owner, ownerAgency, due, doneLooksLike, workedLooksLike, by, reason);
    }

    /** An action of a meeting, waiting for a plan, placed in one. */
    public Changed placeIn(UUID plan, String by, String reason) {
        if (!waiting()) {
            throw new IllegalStateException("action " + id + " is already in plan " + planId);
        }
        return new Changed(id, version + 1, plan, what, ownerPractitionerId, ownerAgencyId, dueOn, doneLooksLike,
                workedLooksLike, by, reason);
    }

    /** The "how we will know it worked" measure, which an action from a meeting is given on the plan. */
    public Changed measure(String worked, String by) {
        if (!open()) {
            throw new IllegalStateException("action " + id + " is " + status);
        }
        return new Changed(id, version + 1, planId, what, ownerPractitionerId, ownerAgencyId, dueOn, doneLooksLike, worked, by,
                "measure of whether it worked added");
    }
}
