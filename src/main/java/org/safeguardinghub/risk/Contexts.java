package org.safeguardinghub.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.ChildAccess;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.risk.internal.ContextStore;
import org.safeguardinghub.risk.internal.RiskPermissions;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contexts in their own right (contextual safeguarding: "services who work with adolescents need to
 * understand contextual safeguarding", seeds 001): recorded once, shown only to those with a
 * reason to see them and named only to those who may read them, referred, assessed and discussed at
 * context meetings with actions of their own. Linking children to them is {@link ContextLinks}.
 */
@Service
public class Contexts {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;

    private final ContextStore store;
    private final ChildRecords records;
    private final ChildAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    Contexts(ContextStore store, ChildRecords records, ChildAccess access, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.records = records;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the form gives for a new context. */
    public record NewContext(ContextKind kind, String name, String description, Sensitivity sensitivity) {
    }

    /** A context as one viewer sees it: whether they read what it is, and the children linked that they may open. */
    public record Seen(Context context, boolean readable, List<ChildId> children, int othersLinked) {
    }

    public Permission mayRecord(Actor actor) {
        return RiskPermissions.recordContext(actor);
    }

    public Permission mayWork(Actor actor, ContextStep step) {
        return RiskPermissions.contextWork(actor, step);
    }

    public boolean mayRead(Actor viewer, Context context) {
        return RiskPermissions.read(viewer, context.recordingAgencyId(), context.sensitivity(), access.readableBy(viewer));
    }

    /** Problems of a new context by field (message keys); none means it can be recorded. */
    public Map<String, String> problems(Actor actor, NewContext c) {
        Map<String, String> problems = new LinkedHashMap<>();
        Permission permission = mayRecord(actor);
        if (permission.refused()) {
            problems.put("kind", permission.reason());
        }
        if (c.kind() == null) {
            problems.put("kind", "risk.context.error.kind");
        }
        if (c.name() == null || c.name().isBlank() || c.name().strip().length() > MAX_NAME) {
            problems.put("name", "risk.context.error.name");
        }
        if (c.description() != null && c.description().strip().length() > MAX_TEXT) {
            problems.put("description", "risk.context.error.description");
        }
        return problems;
    }

    /**
     * Records a context of the recorder's area. Persons of concern, vehicles and phone numbers are
     * police intelligence whatever is asked; others keep the sensitivity chosen (standard if none).
     */
    @Transactional
    public Context record(Actor.Person by, NewContext c) {
        if (!problems(by, c).isEmpty()) {
            throw new IllegalArgumentException("context not complete: " + problems(by, c));
        }
        Sensitivity sensitivity = c.kind().offender() ? c.kind().leastSensitivity()
                : c.sensitivity() == null ? Sensitivity.STANDARD : c.sensitivity();
        Context context = new Context(Ids.newId(), c.kind(), c.name().strip(),
                c.description() == null || c.description().isBlank() ? null : c.description().strip(), sensitivity,
                by.agency().area(), by.agency().id(), by.username(), clock.instant(), List.of(), List.of());
        store.insert(context);
        auditLog.record(by, AuditAction.RECORD_EVENT, null, "recorded context " + context.id() + " (" + c.kind() + ")");
        return context;
    }

    /**
     * The context if the viewer may see it (their agency recorded it, or it concerns a child they may
     * open), with the children linked now that they may open; the list is audited, one entry per child.
     */
    @Transactional
    public Optional<Seen> open(Actor viewer, UUID id) {
        Optional<Seen> seen = visible(viewer, id);
        seen.ifPresent(s -> auditLog.recordViews(viewer, AuditAction.VIEW_LIST, s.children().stream().map(ChildId::value)
                .toList(), "children linked to context " + id));
        return seen;
    }

    /** As {@link #open}, for acting on the context: the children are not shown, so not audited. */
    private Optional<Seen> visible(Actor viewer, UUID id) {
        Optional<Context> context = store.byId(id);
        if (context.isEmpty()) {
            return Optional.empty();
        }
        Set<ChildId> linked = store.childrenLinked(List.of(id)).getOrDefault(id, Set.of());
        Set<ChildId> mayOpen = records.mayOpen(viewer, linked);
        if (!RiskPermissions.see(viewer, context.get().recordingAgencyId(), !mayOpen.isEmpty())) {
            return Optional.empty();
        }
        List<ChildId> shown = mayOpen.stream().sorted(java.util.Comparator.comparing(ChildId::toString)).toList();
        return Optional.of(new Seen(context.get(), mayRead(viewer, context.get()), shown, linked.size() - shown.size()));
    }

    /** Takes a step in the work on a context the actor may see; empty if taken, else why not (a message key). */
    @Transactional
    public Optional<String> take(Actor.Person by, UUID id, ContextStep step, String note, List<String> agencies) {
        store.lock(id);
        Optional<Seen> seen = visible(by, id);
        Permission permission = mayWork(by, step);
        if (seen.isEmpty() || permission.refused()) {
            return Optional.of(seen.isEmpty() ? "risk.context.error.notFound" : permission.reason());
        }
        if (note == null || note.isBlank() || note.strip().length() > MAX_TEXT) {
            return Optional.of("risk.context.error.note");
        }
        if (step == null || !seen.get().context().mayTake(step)) {
            return Optional.of("risk.context.error.step");
        }
        store.step(seen.get().context().take(step, note.strip(), agencies == null ? List.of() : agencies, by.username(),
                clock.instant()));
        auditLog.record(by, AuditAction.RECORD_EVENT, null, "context " + id + ": " + step);
        return Optional.empty();
    }

    /** Sets an action on a context; problems by field (message keys), none if set. */
    @Transactional
    public Map<String, String> addAction(Actor.Person by, UUID id, String what, String owner, LocalDate dueOn,
                                         Context.ActionSource from) {
        Map<String, String> problems = new LinkedHashMap<>();
        Permission permission = mayWork(by, null);
        if (visible(by, id).isEmpty() || permission.refused()) {
            problems.put("what", permission.refused() ? permission.reason() : "risk.context.error.notFound");
            return problems;
        }
        if (what == null || what.isBlank() || what.strip().length() > MAX_TEXT) {
            problems.put("what", "risk.action.error.what");
        }
        if (owner == null || owner.isBlank() || owner.strip().length() > MAX_NAME) {
            problems.put("owner", "risk.action.error.owner");
        }
        if (dueOn == null || dueOn.isBefore(LocalDate.now(clock))) {
            problems.put("dueOn", "risk.action.error.dueOn");
        }
        if (from == null) {
            problems.put("arisingFrom", "risk.action.error.arisingFrom");
        }
        if (problems.isEmpty()) {
            store.action(id, new Context.Action(Ids.newId(), what.strip(), owner.strip(), dueOn, from, by.username(),
                    clock.instant(), null, null, null));
            auditLog.record(by, AuditAction.RECORD_EVENT, null, "context " + id + ": action set");
        }
        return problems;
    }

    /** Signs an action off as done; empty if done, else why not (a message key). */
    @Transactional
    public Optional<String> completeAction(Actor.Person by, UUID id, UUID actionId, String note) {
        Optional<Context.Action> action = visible(by, id).flatMap(s -> s.context().action(actionId));
        Permission permission = mayWork(by, null);
        if (action.isEmpty() || action.get().done() || permission.refused()) {
            return Optional.of(permission.refused() ? permission.reason() : "risk.action.error.notOpen");
        }
        if (note == null || note.isBlank() || note.strip().length() > MAX_TEXT) {
            return Optional.of("risk.action.error.note");
        }
        store.actionDone(action.get().complete(by.username(), clock.instant(), note.strip()));
        auditLog.record(by, AuditAction.RECORD_EVENT, null, "context " + id + ": action " + actionId + " done");
        return Optional.empty();
    }
}
