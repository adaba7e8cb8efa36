package org.safeguardinghub.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChildId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@code MEETING_OVERDUE} (contract v1.1: "a statutory meeting … has passed its due date
 * without being held") to the oversight engine: whenever a child's meetings change, in that
 * transaction, and when a due date passes (a scheduled check that touches only the children whose
 * next statutory meeting has just become overdue). The organiser of the meeting that started the
 * clock is told too, besides those every alert reaches.
 */
@Component
public class MeetingDeadlines {

    static final int CHUNK = 500;

    private final MinutesStore minutes;
    private final MeetingStore meetings;
    private final DueStore dues;
    private final Practitioners practitioners;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MeetingDeadlines(MinutesStore minutes, MeetingStore meetings, DueStore dues, Practitioners practitioners,
                     WorkingDays workingDays, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.dues = dues;
        this.practitioners = practitioners;
        this.workingDays = workingDays;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The statutory meetings the child is due, soonest first. */
    public List<StatutoryTimescales.Due> due(ChildId child) {
        return StatutoryTimescales.due(minutes.held(child), meetings.given(child), workingDays.calendar());
    }

    /** Looks at every child whose next statutory meeting has just become overdue; returns how many. */
    @Scheduled(fixedDelayString = "${safeguarding.meetings.deadline-check:PT15M}", initialDelayString = "PT45S")
    public int run() {
        int children = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                List<ChildId> overdue = dues.newlyOverdue(LocalDate.now(clock), CHUNK);
                overdue.forEach(this::reconcile);
                return overdue.size();
            });
            children += done;
            if (done < CHUNK) {
                return children;
            }
        }
    }

    /** Makes the child's MEETING_OVERDUE alert say which statutory meetings are overdue now, if any, and notes the next one due. */
    public void reconcile(ChildId child) {
        LocalDate today = LocalDate.now(clock);
        List<StatutoryTimescales.Due> due = due(child);
        List<StatutoryTimescales.Due> overdue = due.stream().filter(d -> d.overdueOn(today)).toList();
        List<UUID> anchors = overdue.stream().map(StatutoryTimescales.Due::anchorMeetingId).toList();
        List<Practitioner> responsible = practitioners.byIds(meetings.byIds(anchors).stream()
                .map(MeetingStore.MeetingRow::organiserId).collect(java.util.stream.Collectors.toSet()));
        Optional<AlertRuleEvaluated.Met> met = overdue.isEmpty() ? Optional.empty()
                : Optional.of(new AlertRuleEvaluated.Met("MEETING_OVERDUE", List.of((long) overdue.size()),
                        Set.copyOf(minutes.chronologyEntries(anchors)),
                        responsible.stream().map(p -> p.agency().id()).collect(java.util.stream.Collectors.toSet())));
        events.publishEvent(new AlertRuleEvaluated(child, AlertCode.MEETING_OVERDUE, met, met.isEmpty() ? Set.of()
                : responsible.stream().map(Practitioner::id).collect(java.util.stream.Collectors.toSet())));
        Optional<StatutoryTimescales.Due> next = due.stream().findFirst();
        Optional<Practitioner> answers = next.map(StatutoryTimescales.Due::anchorMeetingId).flatMap(meetings::meeting)
                .flatMap(m -> practitioners.byId(m.organiserId()));
        dues.note(child, next.map(StatutoryTimescales.Due::type).orElse(null),
                next.map(StatutoryTimescales.Due::dueOn).orElse(null), answers.map(p -> p.agency().id()).orElse(null),
                answers.map(Practitioner::id).orElse(null), clock.instant());
        if (!overdue.isEmpty()) {
            dues.reported(child, next.get().dueOn());
        }
    }
}
