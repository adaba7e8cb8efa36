package org.safeguardinghub.meetings.internal;

import java.util.Set;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingAction;

/**
 * Who may do what with a child's meetings (ADR 0022's per-action permissions; ADR 0023). Children's
 * social care convenes and records: seeds 002 (Recommendations) "Conducting strategy discussions or
 * chairing of strategy meetings should be undertaken by a professional from Children's Social
 * Care". Acting needs a relationship with the child, not break-glass (which opens for reading
 * only). A meeting is read by those invited (a person, or their agency's partner system) and by
 * anyone whose relationship opens the whole record; an invitation opens only its own meeting.
 * Plain Java.
 */
public final class MeetingPermissions {

    static final Set<Role> CONVENERS = Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.MASH_OFFICER);
    /** Relationships that let someone act on a child's meetings, as opposed to read them. */
    static final Set<AccessBasis> ACTING = Set.of(AccessBasis.ALLOCATED, AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.MASH_OPEN_CONTACT, AccessBasis.RESPONSIBLE_SOCIAL_CARE, AccessBasis.AGENCY_OVERSIGHT,
            AccessBasis.MEETING);

    private MeetingPermissions() {
    }

    /** Convening a meeting, and recording or correcting its minutes. */
    public static Permission convene(Actor actor, AccessBasis basis) {
        if (!(actor instanceof Actor.Person person) || !person.agency().isChildrensSocialCare()
                || CONVENERS.stream().noneMatch(person::has)) {
            return Permission.refused("meeting.permission.socialCareOnly");
        }
        return ACTING.contains(basis) && basis != AccessBasis.MEETING
                ? Permission.allowed("meeting.permission.socialCare")
                : Permission.refused("meeting.permission.relationship");
    }

    /** Recording the minutes of a meeting: whoever may convene, or the organiser (invited, so granted). */
    public static Permission record(Actor actor, AccessBasis basis, Meeting meeting) {
        if (actor instanceof Actor.Person person && person.practitionerId().equals(meeting.organiser().id())) {
            return Permission.allowed("meeting.permission.organiser");
        }
        return convene(actor, basis);
    }

    /** Reading a meeting (its invitations, minutes and actions). */
    public static Permission read(Actor actor, AccessBasis basis, Meeting meeting) {
        boolean invited = switch (actor) {
            case Actor.Person person -> meeting.invites(person.practitionerId());
            case Actor.PartnerSystem system -> meeting.invitesAgency(system.agency().id());
        };
        if (invited) {
            return Permission.allowed("meeting.permission.invited");
        }
        return basis.wholeRecord() && basis != AccessBasis.MEETING
                ? Permission.allowed("meeting.permission.record")
                : Permission.refused("meeting.permission.notInvited");
    }

    /** Replying to an invitation: only the invitee, for themselves. */
    public static Permission reply(Actor actor, Meeting meeting) {
        return actor instanceof Actor.Person person && meeting.invites(person.practitionerId())
                ? Permission.allowed("meeting.permission.invitee")
                : Permission.refused("meeting.permission.notInvitee");
    }

    /** Saying an action is done: its owner, or whoever may record the meeting's minutes. */
    public static Permission complete(Actor actor, AccessBasis basis, Meeting meeting, MeetingAction action) {
        if (actor instanceof Actor.Person person && person.practitionerId().equals(action.owner().id())) {
            return Permission.allowed("meeting.permission.owner");
        }
        Permission recorder = record(actor, basis, meeting);
        return recorder.allowed() ? recorder : Permission.refused("meeting.permission.notOwner");
    }
}
