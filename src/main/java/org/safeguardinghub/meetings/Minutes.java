package org.safeguardinghub.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;

/**
 * The record of a meeting (issue 14, item 4), one revision of it: every save is a new revision and
 * nothing is overwritten; a finalised revision has a {@code finalVersion} (1, then 2 for the first
 * correction, …). Seeds 002 ("Strategy meetings"): "Strategy meetings should record the chair of
 * the meeting; those invited but did not attend, and contain all agreed actions with specific
 * allocated responsibility and timescales. A clear differentiation should be made between an agreed
 * action and an agreed recommendation": so attendance is per invitee, actions have an owner and a
 * date, and recommendations are a list of their own.
 *
 * @param attendance by invitation id
 */
public record Minutes(UUID id, UUID meetingId, int revision, Integer finalVersion, LocalDate heldOn, String chair,
                      Map<UUID, Attendance> attendance, ChildParticipation childParticipation, String childViews,
                      String parentsViews, List<Contribution> contributions, String analysis,
                      List<Decision> decisions, List<Action> actions, List<String> recommendations,
                      List<Warning> warnings, String correctionReason, String recordedBy, Instant recordedAt) {

    public Minutes {
        attendance = Map.copyOf(attendance);
        contributions = List.copyOf(contributions);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
    }

    /** Whether each invitee came. */
    public enum Attendance { ATTENDED, APOLOGIES, DID_NOT_ATTEND }

    /** How the child took part, or how their views reached the meeting. */
    public enum ChildParticipation { ATTENDED, VIEWS_SHARED_BEFORE, THROUGH_ADVOCATE, THROUGH_PRACTITIONER, NOT_GATHERED }

    /** What one agency shared, at the sensitivity it was shared at. */
    public record Contribution(UUID agencyId, String text, Sensitivity sensitivity) {
    }

    /** An agreed action: what, who (a practitioner in an agency), by when, and what done looks like. */
    public record Action(UUID id, String what, UUID ownerId, UUID ownerAgencyId, LocalDate due, String doneLooksLike) {
    }

    /** Something the chair was warned of and finalised anyway (a message key and its arguments). */
    public record Warning(String key, List<String> args) {

        public Warning {
            args = List.copyOf(args);
        }
    }

    public boolean isFinal() {
        return finalVersion != null;
    }

    /**
     * The finalised minutes as the plans module and others hear of them. Only final minutes of this
     * meeting, with a chair, can be published.
     */
    public MeetingFinalised finalised(Meeting meeting, Instant at) {
        if (!isFinal() || !meetingId.equals(meeting.id())) {
            throw new IllegalStateException("minutes " + id + " (revision " + revision + ") are not final minutes of meeting "
                    + meeting.id());
        }
        if (chair == null || chair.isBlank()) {
            throw new IllegalStateException("minutes " + id + " have no chair");
        }
        return new MeetingFinalised(meeting.id(), finalVersion, meeting.child(), meeting.type(), heldOn,
                meeting.agenciesInvited(), agenciesAttended(meeting), actions.stream()
                .map(a -> new MeetingFinalised.AgreedAction(a.id(), a.what(), a.ownerId(), a.ownerAgencyId(), a.due(),
                        a.doneLooksLike())).toList(), at);
    }

    /** The agencies at least one of whose invitees attended, in the order of the invitations. */
    public Set<UUID> agenciesAttended(Meeting meeting) {
        Set<UUID> attended = new LinkedHashSet<>();
        meeting.invitations().stream().filter(i -> attendance.get(i.id()) == Attendance.ATTENDED)
                .forEach(i -> attended.add(i.agencyId()));
        return attended;
    }

    /** Each invited agency's attendance: attended if anyone of it came, apologies if any sent them, else did not attend. */
    public Map<UUID, Attendance> byAgency(Meeting meeting) {
        Map<UUID, Attendance> agencies = new LinkedHashMap<>();
        for (Invitation i : meeting.invitations()) {
            Attendance mine = attendance.getOrDefault(i.id(), Attendance.DID_NOT_ATTEND);
            agencies.merge(i.agencyId(), mine, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        return agencies;
    }
}
