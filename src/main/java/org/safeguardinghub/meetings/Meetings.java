package org.safeguardinghub.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChildProfile;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.internal.ConveneRule;
import org.safeguardinghub.meetings.internal.InvitationProposal;
import org.safeguardinghub.meetings.internal.MeetingDeadlines;
import org.safeguardinghub.meetings.internal.MeetingInvitations;
import org.safeguardinghub.meetings.internal.MeetingPermissions;
import org.safeguardinghub.meetings.internal.MeetingStore;
import org.safeguardinghub.meetings.internal.MinutesStore;
import org.safeguardinghub.meetings.internal.RequiredAgencies;
import org.safeguardinghub.meetings.internal.StatutoryTimescales;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a meeting about a child (issue 14, items 1 to 3): who it would invite (the child's
 * professional network and the agencies its type requires), checked and stored with its statutory
 * due date in one transaction, each invitee told and given access for the meeting's purpose. A
 * meeting refused for any reason stores nothing.
 */
@Service
public class Meetings {

    private final MeetingStore store;
    private final MinutesStore minutes;
    private final MeetingInvitations invitations;
    private final MeetingDeadlines deadlines;
    private final ChildRecords records;
    private final Practitioners practitioners;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final Clock clock;

    Meetings(MeetingStore store, MinutesStore minutes, MeetingInvitations invitations, MeetingDeadlines deadlines,
             ChildRecords records, Practitioners practitioners, Agencies agencies, WorkingDays workingDays,
             AuditLog auditLog, Clock clock) {
        this.store = store;
        this.minutes = minutes;
        this.invitations = invitations;
        this.deadlines = deadlines;
        this.records = records;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Who the meeting would invite, the kinds of agency it requires, and the statutory meeting of its type due, if any. */
    public record Proposal(MeetingType type, List<InvitationProposal.Proposed> proposed,
                           List<RequiredAgencies.Requirement> required, Optional<DueMeeting> due) {

        /** The practitioners proposed, for callers outside the module (the demo data) that invite them all. */
        public java.util.Set<java.util.UUID> practitionerIds() {
            return proposed.stream().map(p -> p.who().id()).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The new meeting's id, or the problems by field. */
    public record Convened(java.util.UUID meetingId, Map<String, Problem> problems) {
    }

    public Permission mayConvene(OpenRecord record) {
        return MeetingPermissions.convene(record.viewer(), record.basis());
    }

    /** The proposal for a meeting of this type on a day (the child's age that day decides whether the school is required). */
    public Proposal proposal(OpenRecord record, MeetingType type, LocalDate on) {
        ChildProfile child = records.profile(record);
        Practitioner organiser = organiser(record);
        List<RequiredAgencies.Requirement> required = RequiredAgencies.of(type, child.dateOfBirth(), on);
        LocalDate today = LocalDate.now(clock);
        List<InvitationProposal.Member> network = new ArrayList<>();
        var members = child.network().stream().filter(m -> m.practitionerId() != null && m.activeOn(today)).toList();
        var people = practitioners.byIds(members.stream().map(ChildProfile.NetworkMember::practitionerId)
                .collect(java.util.stream.Collectors.toSet()));
        for (var m : members) {
            people.stream().filter(p -> p.id().equals(m.practitionerId())).findFirst()
                    .ifPresent(p -> network.add(new InvitationProposal.Member(p, m.role())));
        }
        List<InvitationProposal.Proposed> proposed = InvitationProposal.of(organiser, network, required, agencies.all(),
                agency -> practitioners.ofAgency(agency, null));
        Optional<DueMeeting> due = StatutoryTimescales.dueFor(type, minutes.held(record.child()), store.given(record.child()),
                workingDays.calendar()).map(d -> new DueMeeting(d.type(), d.dueOn(), d.reasonKey(), d.args(),
                d.overdueOn(today), null));
        return new Proposal(type, proposed, required, due);
    }

    /** Convenes the meeting if the organiser may and the request is sound; otherwise stores nothing. */
    @Transactional
    public Convened convene(OpenRecord record, ConveneInput input) {
        Permission permission = mayConvene(record);
        if (permission.refused()) {
            return new Convened(null, Map.of("type", Problem.of(permission.reason())));
        }
        ChildProfile child = records.profile(record);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = input.scheduledOn() == null ? today : input.scheduledOn().date().orElse(today);
        Proposal proposal = proposal(record, input.type(), on);
        List<Practitioner> added = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : input.alsoInvite()) {
            practitioners.byUsername(name).filter(Practitioner::active).ifPresentOrElse(added::add, () -> unknown.add(name));
        }
        ConveneRule.Checked checked = ConveneRule.check(input, new ConveneRule.Context(child.dateOfBirth(), today,
                proposal.proposed(), added, unknown, proposal.required()));
        if (checked.valid().isEmpty()) {
            return new Convened(null, checked.errors());
        }
        return new Convened(store(record, input.type(), checked.valid().get()), Map.of());
    }

    private java.util.UUID store(OpenRecord record, MeetingType type, ConveneRule.Valid valid) {
        Practitioner organiser = organiser(record);
        java.util.UUID id = Ids.newId();
        Instant now = clock.instant();
        List<StatutoryTimescales.Given> given = new ArrayList<>(store.given(record.child()));
        if (valid.anchorOn() != null) {
            given.add(new StatutoryTimescales.Given(id, type, valid.anchorOn()));
        }
        Optional<StatutoryTimescales.Due> due = StatutoryTimescales.dueFor(type, minutes.held(record.child()), given,
                workingDays.calendar());
        store.insert(new MeetingStore.MeetingRow(id, record.child(), type, valid.scheduledOn(), valid.time(), valid.place(),
                organiser.id(), valid.anchorOn(), due.map(StatutoryTimescales.Due::dueOn).orElse(null),
                due.map(StatutoryTimescales.Due::reasonKey).orElse(null),
                due.map(d -> d.args().stream().map(String::valueOf).toList()).orElse(null), now),
                organiser.agency().id(), record.viewer().auditName());
        valid.leftOut().forEach((kind, reason) -> store.leaveOut(id, kind, reason, now, record.viewer().auditName()));
        invitations.invite(record, id, type, valid.scheduledOn(), valid.invitees());
        auditLog.record(record.viewer(), AuditAction.CHANGE_MEETING, record.child().value(), "convened " + type + " " + id
                + " on " + valid.scheduledOn() + "; invited " + valid.invitees().stream().map(p -> p.who().username()).toList()
                + (valid.leftOut().isEmpty() ? "" : "; left out " + valid.leftOut().keySet()));
        deadlines.reconcile(record.child());
        return id;
    }

    /** Invites someone else to a meeting not yet finalised: whoever may record its minutes may. */
    @Transactional
    public Optional<Problem> invite(OpenRecord record, MeetingView view, String username) {
        if (MeetingPermissions.record(record.viewer(), record.basis(), view.meeting()).refused()
                || view.status() == MeetingView.Status.FINALISED) {
            return Optional.of(Problem.of("meeting.error.mayNotInvite"));
        }
        Optional<Practitioner> who = practitioners.byUsername(username).filter(Practitioner::active);
        if (who.isEmpty()) {
            return Optional.of(Problem.of("meeting.error.alsoInvite", username == null ? "" : username.strip()));
        }
        if (view.meeting().invites(who.get().id())) {
            return Optional.of(Problem.of("meeting.error.alreadyInvited", who.get().displayName()));
        }
        invitations.invite(record, view.meeting().id(), view.meeting().type(), view.meeting().scheduledOn(),
                List.of(new InvitationProposal.Proposed(who.get(), who.get().jobTitle(), Invitation.Source.ADDED)));
        auditLog.record(record.viewer(), AuditAction.CHANGE_MEETING, record.child().value(),
                "invited " + who.get().username() + " to meeting " + view.meeting().id());
        return Optional.empty();
    }

    private Practitioner organiser(OpenRecord record) {
        Actor.Person person = (Actor.Person) record.viewer();
        return practitioners.byId(person.practitionerId()).orElseThrow();
    }
}
