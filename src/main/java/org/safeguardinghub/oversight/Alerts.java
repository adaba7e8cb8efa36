package org.safeguardinghub.oversight;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.internal.AlertStore;
import org.safeguardinghub.oversight.internal.OversightTexts;
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
    private final ChronologyEntries chronology;
    private final AuditLog auditLog;
    private final OversightTexts texts;
    private final Clock clock;

    Alerts(AlertStore store, ChronologyEntries chronology, AuditLog auditLog, OversightTexts texts, Clock clock) {
        this.store = store;
        this.chronology = chronology;
        this.auditLog = auditLog;
        this.texts = texts;
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
        return texts.reasons(alert.reasons(), alert.restricted());
    }

    /** Records that a practitioner has seen the alert and what was done; empty if done, else a message key. */
    @Transactional
    public Optional<String> acknowledge(OpenRecord record, UUID alertId, String whatWasDone) {
        return act(record, alertId, whatWasDone, Alert.Action.ACKNOWLEDGED);
    }

    /** Closes the alert; a reason is required. Empty if done, else a message key. */
    @Transactional
    public Optional<String> close(OpenRecord record, UUID alertId, String reason) {
        return act(record, alertId, reason, Alert.Action.CLOSED);
    }

    private Optional<String> act(OpenRecord record, UUID alertId, String note, Alert.Action action) {
        if (!(record.viewer() instanceof Actor.Person person)) {
            return Optional.of("alert.error.person");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            return Optional.of(action == Alert.Action.CLOSED ? "alert.error.reason" : "alert.error.note");
        }
        Optional<Alert> alert = get(record, alertId).filter(Alert::open);
        if (alert.isEmpty()) {
            return Optional.of("alert.error.closed");
        }
        Alert.Acted acted = action == Alert.Action.CLOSED ? alert.get().close(person.username(), text, clock.instant())
                : alert.get().acknowledge(person.username(), text, clock.instant());
        store.record(acted);
        boolean closing = action == Alert.Action.CLOSED;
        chronology.record(record.child(), person.agency().id(), ChronologyEntries.Author.practitioner(person.username()), NewEvent.note(acted.at(), texts.text(closing ? "alert.closed.entry" : "alert.acknowledged.entry",
                        texts.text("alert.code." + acted.code()), person.displayName(), text)));
        auditLog.record(person, closing ? AuditAction.CLOSE_ALERT : AuditAction.ACKNOWLEDGE_ALERT,
                record.child().value(), acted.code() + ": " + text);
        return Optional.empty();
    }
}
