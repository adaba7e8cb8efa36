package org.safeguardinghub.oversight;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.chronology.SystemEntries;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a child's alerts: see them with their reasons and evidence, acknowledge one
 * and record what was done, close one with a reason. Every step is kept in the alert's history and
 * told in the child's chronology.
 */
@Service
public class Alerts {

    static final int MAX_NOTE = 1000;

    private final AlertStore store;
    private final JdbcClient jdbc;
    private final SystemEntries chronology;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final Clock clock;

    Alerts(AlertStore store, JdbcClient jdbc, SystemEntries chronology, AuditLog auditLog, Notifier notifier, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The child's alerts not yet closed, most urgent first. */
    public List<Alert> notClosed(OpenRecord record) {
        return store.notClosed(record.child());
    }

    public Optional<Alert> get(OpenRecord record, UUID alertId) {
        return store.byId(record.child(), alertId);
    }

    public List<Alert.Step> history(OpenRecord record, UUID alertId) {
        return get(record, alertId).map(a -> store.historyOf(a.id())).orElse(List.of());
    }

    /** The alert's reasons as one English sentence, as the API gives it. */
    public String reason(Alert alert) {
        return notifier.reasons(alert.reasons(), alert.restricted());
    }

    /** Records that a practitioner has seen the alert and what was done; empty if done, else a message key. */
    @Transactional
    public Optional<String> acknowledge(OpenRecord record, UUID alertId, String whatWasDone) {
        return act(record, alertId, whatWasDone, "ACKNOWLEDGED", "alert.error.note");
    }

    /** Closes the alert; a reason is required. Empty if done, else a message key. */
    @Transactional
    public Optional<String> close(OpenRecord record, UUID alertId, String reason) {
        return act(record, alertId, reason, "CLOSED", "alert.error.reason");
    }

    private Optional<String> act(OpenRecord record, UUID alertId, String note, String status, String missing) {
        if (!(record.viewer() instanceof Viewer.PractitionerViewer person)) {
            return Optional.of("alert.error.person");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            return Optional.of(missing);
        }
        Optional<Alert> alert = get(record, alertId).filter(Alert::open);
        if (alert.isEmpty()) {
            return Optional.of("alert.error.closed");
        }
        boolean closing = status.equals("CLOSED");
        jdbc.sql(closing
                        ? "update oversight.alert set status = 'CLOSED', closed_at = :at, closed_by = :by, close_reason = :note, updated_at = :at where id = :id"
                        : "update oversight.alert set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, :at), acknowledged_by = coalesce(acknowledged_by, :by), updated_at = :at where id = :id")
                .param("at", Timestamps.of(clock)).param("by", person.username()).param("note", text).param("id", alertId)
                .update();
        store.history(List.<Object[]>of(new Object[] {alertId, Timestamps.of(clock), person.username(), status, text, null}));
        String label = notifier.text("alert.code." + alert.get().code());
        chronology.record(record.child(), person.agency().id(), SystemEntries.Author.practitioner(person.username()),
                EventType.NOTE, clock.instant(), notifier.text(closing ? "alert.closed.entry" : "alert.acknowledged.entry",
                        label, person.displayName(), text), Significance.ROUTINE);
        auditLog.record(person, closing ? AuditAction.CLOSE_ALERT : AuditAction.ACKNOWLEDGE_ALERT,
                record.child().value(), alert.get().code() + ": " + text);
        return Optional.empty();
    }
}
