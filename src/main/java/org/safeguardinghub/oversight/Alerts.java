package org.safeguardinghub.oversight;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.CareNetwork;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.internal.AlertPermissions;
import org.safeguardinghub.oversight.internal.AlertActionStore;
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
    private final AlertActionStore actions;
    private final ChronologyEntries entries;
    private final AuditLog auditLog;
    private final ChronologyQuery chronology;
    private final CareNetwork network;
    private final OversightTexts texts;
    private final Clock clock;

    Alerts(AlertStore store, AlertActionStore actions, ChronologyEntries entries, AuditLog auditLog,
           ChronologyQuery chronology, CareNetwork network, OversightTexts texts, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.entries = entries;
        this.auditLog = auditLog;
        this.chronology = chronology;
        this.network = network;
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

    /** The alert's reasons as one English sentence, where no viewer could learn from them what they may not read. */
    public String reason(Alert alert) {
        return alert.restricted() ? texts.text("alert.reason.withheld") : texts.reasons(alert.reasons(), false);
    }

    /**
     * The alert's reasons for this viewer: the sentence only where it reveals nothing they may not
     * read, that is where they may read every event that met the rule (contract v1.1).
     */
    public String reason(OpenRecord record, Alert alert) {
        return reasonReadable(record, alert) ? texts.reasons(alert.reasons(), false) : texts.text("alert.reason.withheld");
    }

    public boolean reasonReadable(OpenRecord record, Alert alert) {
        if (!alert.restricted() && record.wholeRecord()) {
            return true;
        }
        var seen = chronology.entries(record, alert.evidence());
        return seen.size() == alert.evidence().size() && seen.stream().noneMatch(e -> e.restricted());
    }

    /** Whom to contact about the child's alerts: the allocated social worker, or another named social worker. */
    public String contact(OpenRecord record) {
        return network.caseHolder(record.child()).orElse(texts.text("alert.contact.socialCare"));
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

    /** Whether this viewer may acknowledge, or close, the child's alerts, and why. */
    public Permission may(OpenRecord record, Alert.Action action) {
        return action == Alert.Action.CLOSED ? AlertPermissions.close(record.viewer(), record.basis())
                : AlertPermissions.acknowledge(record.viewer(), record.basis());
    }

    private Optional<String> act(OpenRecord record, UUID alertId, String note, Alert.Action action) {
        Permission permission = may(record, action);
        if (permission.refused() || !(record.viewer() instanceof Actor.Person person)) {
            return Optional.of(permission.reason());
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
        if (!actions.record(acted)) {
            return Optional.of("alert.error.closed");
        }
        boolean closing = action == Alert.Action.CLOSED;
        entries.record(record.child(), person.agency().id(), ChronologyEntries.Author.practitioner(person.username()), NewEvent.note(acted.at(), texts.text(closing ? "alert.closed.entry" : "alert.acknowledged.entry",
                        texts.text("alert.code." + acted.code()), person.displayName(), text)));
        auditLog.record(person, closing ? AuditAction.CLOSE_ALERT : AuditAction.ACKNOWLEDGE_ALERT,
                record.child().value(), acted.code() + ": " + text);
        return Optional.empty();
    }
}
