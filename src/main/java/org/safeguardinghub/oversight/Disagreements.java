package org.safeguardinghub.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.calendar.WorkingDays;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.oversight.internal.DisagreementNotifier;
import org.safeguardinghub.oversight.internal.DisagreementPermissions;
import org.safeguardinghub.oversight.internal.DisagreementStore;
import org.safeguardinghub.oversight.internal.EscalationPolicy;
import org.safeguardinghub.oversight.internal.OversightTexts;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Professional disagreement: any practitioner who may see a child can challenge a decision about
 * them; the disagreement moves through the {@link EscalationPolicy}'s stages, up when a stage's
 * response is overdue or when someone escalates it, and ends with a recorded resolution. The
 * people of each stage are notified, and every step is told in the child's chronology.
 */
@Service
public class Disagreements {

    static final int MAX_TEXT = 2000;

    /** What a practitioner gives to raise a disagreement. */
    public record Challenge(String kind, String decision, String withAgency, String withPractitioner, String reason) {

        /**
         * What is wrong with the challenge, by field (message keys), given the agency and practitioner
         * its codes name, if they exist.
         */
        Map<String, String> problems(Optional<Agency> with, Optional<Practitioner> withPerson) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (kindOf(kind).isEmpty()) {
                errors.put("kind", "disagreement.error.kind");
            }
            if (!withinLimit(decision)) {
                errors.put("decision", "disagreement.error.decision");
            }
            if (with.isEmpty()) {
                errors.put("withAgency", "disagreement.error.withAgency");
            }
            if (!blank(withPractitioner) && (withPerson.isEmpty()
                    || with.isPresent() && !withPerson.get().agency().id().equals(with.get().id()))) {
                errors.put("withPractitioner", "disagreement.error.withPractitioner");
            }
            if (!withinLimit(reason)) {
                errors.put("reason", "disagreement.error.reason");
            }
            return errors;
        }
    }

    /** How much challenge happens: open by stage, overdue, and resolved, for the agencies given. */
    public record Counts(Map<Integer, Long> openByStage, long overdue, long resolved, long raisedBy, long raisedAbout) {
    }

    /** The new disagreement's id, or the problems by field (message keys). */
    public record Raised(UUID id, Map<String, String> errors) {

        static Raised refused(Map<String, String> errors) {
            return new Raised(null, Map.copyOf(errors));
        }
    }

    private final DisagreementStore store;
    private final WorkingDays workingDays;
    private final EscalationPolicy policy;
    private final Agencies agencies;
    private final Practitioners practitioners;
    private final ChronologyEntries chronology;
    private final DisagreementNotifier notifier;
    private final OversightTexts texts;
    private final AuditLog auditLog;
    private final Clock clock;

    Disagreements(DisagreementStore store, WorkingDays workingDays, OversightProperties properties, Agencies agencies,
                  Practitioners practitioners, ChronologyEntries chronology, DisagreementNotifier notifier,
                  OversightTexts texts, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.policy = new EscalationPolicy(properties.escalationStageWorkingDays());
        this.agencies = agencies;
        this.practitioners = practitioners;
        this.chronology = chronology;
        this.notifier = notifier;
        this.texts = texts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Raises a disagreement at stage 1. */
    @Transactional
    public Raised raise(OpenRecord record, Challenge challenge) {
        Optional<Agency> with = agencies.byCode(challenge.withAgency());
        Optional<Practitioner> withPerson = blank(challenge.withPractitioner()) ? Optional.empty()
                : practitioners.byUsername(challenge.withPractitioner()).filter(Practitioner::active);
        Map<String, String> errors = challenge.problems(with, withPerson);
        Permission permission = DisagreementPermissions.raise(record.viewer(), record.basis());
        if (permission.refused() || !(record.viewer() instanceof Actor.Person person)) {
            errors.put("reason", permission.reason());
            return Raised.refused(errors);
        }
        if (!errors.isEmpty()) {
            return Raised.refused(errors);
        }
        Disagreement.DecisionKind kind = kindOf(challenge.kind()).orElseThrow();
        Disagreement.Stage stage = policy.start(EscalationPolicy.FIRST, LocalDate.now(clock), workingDays.calendar());
        UUID id = Ids.newId();
        store.insert(new DisagreementStore.NewDisagreement(id, record.child(), person.username(), person.agency().id(),
                kind, challenge.decision().strip(), with.get().id(), withPerson.map(Practitioner::id).orElse(null),
                challenge.reason().strip(), stage));
        tell(record.child(), person.agency().id(), ChronologyEntries.Author.practitioner(person.username()),
                "disagreement.raised.entry", person.displayName(), person.agency().code(),
                texts.text("disagreement.kind." + kind), texts.text("disagreement.stage." + stage.number()),
                texts.day(stage.dueOn()));
        notifier.stageReached(store.load(id).orElseThrow());
        auditLog.record(person, AuditAction.RAISE_DISAGREEMENT, record.child().value(), kind + ": " + challenge.decision());
        return new Raised(id, Map.of());
    }

    public List<Disagreement> forChild(OpenRecord record) {
        return store.ofChild(record.child()).stream().map(store::withSteps).toList();
    }

    public Optional<Disagreement> get(OpenRecord record, UUID id) {
        return store.load(id).filter(d -> d.child().equals(record.child())).map(store::withSteps);
    }

    /** Records a response without changing the stage. Empty if done, else a message key. */
    @Transactional
    public Optional<String> respond(OpenRecord record, UUID id, String note) {
        return change(record, id, note, Disagreement.Action.RESPONDED, null);
    }

    /**
     * Moves an unresolved disagreement up a stage now, if it is still at the stage the person saw
     * ({@code seenStage}; null when not known). Empty if done, else a message key.
     */
    @Transactional
    public Optional<String> escalate(OpenRecord record, UUID id, String note, Integer seenStage) {
        return change(record, id, note, Disagreement.Action.ESCALATED, seenStage);
    }

    /** Ends the disagreement with its resolution. Empty if done, else a message key. */
    @Transactional
    public Optional<String> resolve(OpenRecord record, UUID id, String resolution) {
        return change(record, id, resolution, Disagreement.Action.RESOLVED, null);
    }

    /** Whether this viewer may take this action on the disagreement, and why. */
    public Permission may(OpenRecord record, Disagreement d, Disagreement.Action action) {
        return switch (action) {
            case RAISED -> DisagreementPermissions.raise(record.viewer(), record.basis());
            case RESPONDED -> DisagreementPermissions.respond(record.viewer(), record.basis(), d);
            case ESCALATED -> DisagreementPermissions.escalate(record.viewer(), record.basis(), d);
            case RESOLVED -> DisagreementPermissions.resolve(record.viewer(), record.basis(), d);
        };
    }

    /**
     * The stage the person saw is compared with the same read the change is decided and guarded
     * from: under read committed a second read can already see another person's escalation, and
     * the guarded update would then move it on from there a second time.
     */
    private Optional<String> change(OpenRecord record, UUID id, String note, Disagreement.Action action,
                                    Integer seenStage) {
        if (!withinLimit(note)) {
            return Optional.of("disagreement.error.note");
        }
        Optional<Disagreement> found = get(record, id).filter(d -> d.status() == Disagreement.Status.OPEN);
        if (found.isEmpty()) {
            return Optional.of("disagreement.error.closed");
        }
        Disagreement d = found.get();
        if (seenStage != null && d.stage() != seenStage) {
            return Optional.of("disagreement.error.changed");
        }
        Permission permission = may(record, d, action);
        if (permission.refused() || !(record.viewer() instanceof Actor.Person person)) {
            return Optional.of(permission.reason());
        }
        String text = note.strip();
        Optional<String> problem = apply(d, person, action, text);
        if (problem.isEmpty()) {
            auditLog.record(person, AuditAction.CHANGE_DISAGREEMENT, d.child().value(), action + ": " + text);
        }
        return problem;
    }

    /** Records the action and tells whom it concerns. Empty if done, else a message key (nothing recorded). */
    private Optional<String> apply(Disagreement d, Actor.Person person, Disagreement.Action action, String text) {
        ChronologyEntries.Author author = ChronologyEntries.Author.practitioner(person.username());
        switch (action) {
            case RESOLVED -> {
                if (!store.apply(d.resolve(person.username(), text))) {
                    return Optional.of("disagreement.error.closed");
                }
                tell(d.child(), person.agency().id(), author, "disagreement.resolved.entry", person.displayName());
                notifier.changed(store.load(d.id()).orElseThrow(), action);
            }
            case ESCALATED -> {
                if (d.atLastStage()) {
                    return Optional.of("disagreement.error.lastStage");
                }
                if (!moveUp(d, person.username(), person.agency().id(), author, text)) {
                    return Optional.of("disagreement.error.changed");
                }
            }
            default -> {
                store.apply(d.respond(person.username(), text));
                tell(d.child(), person.agency().id(), author, "disagreement.responded.entry", person.displayName(),
                        d.stage());
                notifier.changed(d, action);
            }
        }
        return Optional.empty();
    }

    /**
     * Moves every open disagreement whose stage is overdue up a stage (the partnership's stage 4
     * stays overdue and shows so). Several nodes may run it: rows are taken with {@code skip locked}.
     */
    @Transactional
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Disagreement> overdue = store.overdueToEscalate(today);
        for (Disagreement d : overdue) {
            UUID agency = agencies.byCode(d.raisedByAgency()).map(Agency::id).orElseThrow();
            moveUp(d, "system:escalation", agency, ChronologyEntries.Author.system("escalation"),
                    texts.text("disagreement.overdue.note", texts.day(d.stageDueOn())));
        }
        return overdue.size();
    }

    /** False, with nothing recorded or told, when someone moved or closed it since it was read. */
    private boolean moveUp(Disagreement d, String actor, UUID agencyId, ChronologyEntries.Author author, String note) {
        Disagreement.Stage next = policy.next(d.stage(), LocalDate.now(clock), workingDays.calendar()).orElseThrow();
        if (!store.apply(d.escalate(actor, note, next))) {
            return false;
        }
        tell(d.child(), agencyId, author, "disagreement.escalated.entry", next.number(),
                texts.text("disagreement.stage." + next.number()), texts.day(next.dueOn()));
        notifier.stageReached(store.load(d.id()).orElseThrow());
        return true;
    }

    /** How much challenge involves these agencies. */
    public Counts counts(Set<UUID> agencyIds) {
        return store.counts(agencyIds, LocalDate.now(clock));
    }

    /** The open disagreements these agencies raised or are challenged in, soonest due first. */
    public List<Disagreement> open(Set<UUID> agencyIds) {
        return store.open(agencyIds);
    }

    private void tell(ChildId child, UUID agencyId, ChronologyEntries.Author author, String key, Object... args) {
        chronology.record(child, agencyId, author, NewEvent.note(clock.instant(), texts.text(key, args)));
    }

    private static Optional<Disagreement.DecisionKind> kindOf(String kind) {
        try {
            return Optional.ofNullable(kind).map(Disagreement.DecisionKind::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean withinLimit(String text) {
        return !blank(text) && text.strip().length() <= MAX_TEXT;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
