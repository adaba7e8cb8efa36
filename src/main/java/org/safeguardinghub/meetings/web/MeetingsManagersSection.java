package org.safeguardinghub.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.alerts.ManagersViewSection;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.MeetingsProperties;
import org.safeguardinghub.meetings.internal.ActionStore;
import org.safeguardinghub.meetings.internal.DueStore;
import org.safeguardinghub.meetings.internal.MeetingLoader;
import org.springframework.stereotype.Component;

/**
 * The meetings part of the managers' view (issue 14, item 3): for the manager's agency (or one team),
 * the statutory meetings its people answer for that are overdue or due within
 * {@code safeguarding.meetings.due-soon-working-days}, the meetings they convened whose date has come
 * without final minutes, and the agreed actions they own that are overdue. Only children the manager
 * may open are named, and each is audited as shown in a list.
 */
@Component
class MeetingsManagersSection implements ManagersViewSection {

    static final int LIMIT = 100;

    /** One row: a child (named), what is due or overdue, by when, and the page where it is done. */
    record Row(ChildId child, String childName, MeetingType type, LocalDate due, boolean overdue, String link,
               String owner) {
    }

    private final DueStore dues;
    private final ActionStore actions;
    private final MeetingLoader loader;
    private final Practitioners practitioners;
    private final ChildRecords records;
    private final CareNetwork network;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final MeetingsProperties properties;
    private final Clock clock;

    MeetingsManagersSection(DueStore dues, ActionStore actions, MeetingLoader loader, Practitioners practitioners,
                            ChildRecords records, CareNetwork network, WorkingDays workingDays, AuditLog auditLog,
                            MeetingsProperties properties, Clock clock) {
        this.dues = dues;
        this.actions = actions;
        this.loader = loader;
        this.practitioners = practitioners;
        this.records = records;
        this.network = network;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<View> render(Actor.Person manager, Agency agency, String team) {
        Map<UUID, Practitioner> people = new HashMap<>();
        practitioners.ofAgency(agency.id(), team).forEach(p -> people.put(p.id(), p));
        LocalDate today = LocalDate.now(clock);
        LocalDate by = workingDays.plusWorkingDays(today, properties.dueSoonWorkingDays());
        List<DueStore.ChildDue> due = dues.dueBy(by, people.keySet(), LIMIT);
        List<Meeting> awaiting = loader.byIds(actions.awaitingMinutes(people.keySet(), today, LIMIT));
        List<ActionStore.Agreed> overdue = actions.overdue(people.keySet(), today, LIMIT);
        Set<ChildId> named = new HashSet<>();
        due.forEach(d -> named.add(d.child()));
        awaiting.forEach(m -> named.add(m.child()));
        overdue.forEach(a -> named.add(a.child()));
        Set<ChildId> shown = named.isEmpty() ? Set.of() : records.mayOpen(manager, named);
        Map<ChildId, String> names = network.names(shown);
        auditLog.recordViews(manager, AuditAction.VIEW_LIST, shown.stream().map(ChildId::value).toList(),
                "managers' view: meetings due and actions overdue, " + agency.code() + (team == null ? "" : " / " + team));
        return Optional.of(new View("meetings/managers", "meetingsManagers", Map.of(
                "due", due.stream().filter(d -> shown.contains(d.child())).map(d -> new Row(d.child(), names.get(d.child()),
                        d.type(), d.dueOn(), today.isAfter(d.dueOn()), "/children/" + d.child() + "?tab=meetings#tab",
                        name(people, d.practitionerId()))).toList(),
                "awaiting", awaiting.stream().filter(m -> shown.contains(m.child())).map(m -> new Row(m.child(),
                        names.get(m.child()), m.type(), m.scheduledOn(), false, "/children/" + m.child() + "/meetings/" + m.id(),
                        m.organiser().displayName())).toList(),
                "actions", overdue.stream().filter(a -> shown.contains(a.child())).map(a -> new Row(a.child(),
                        names.get(a.child()), a.type(), a.action().due(), true, "/children/" + a.child() + "/meetings/"
                        + a.meetingId() + "#action-" + a.action().id(), name(people, a.action().ownerId()))).toList())));
    }

    private static String name(Map<UUID, Practitioner> people, UUID id) {
        Practitioner p = id == null ? null : people.get(id);
        return p == null ? "" : p.displayName();
    }
}
