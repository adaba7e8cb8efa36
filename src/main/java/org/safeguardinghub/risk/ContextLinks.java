package org.safeguardinghub.risk;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.internal.ContextStore;
import org.safeguardinghub.risk.internal.RiskAlerts;
import org.safeguardinghub.risk.internal.RiskPermissions;
import org.safeguardinghub.risk.internal.RiskTexts;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children linked to contexts: a link made from the child's record (from a practitioner's knowledge,
 * a screening, an exploitation concern or a return interview), put in the child's chronology at the
 * context's sensitivity, and ended with a reason, never deleted. Every change looks again at
 * {@code SHARED_PERSON_OF_CONCERN} for every child linked to the context.
 */
@Service
public class ContextLinks {

    static final int MAX_NOTE = 1000;
    static final int LINKABLE = 200;

    private final ContextStore store;
    private final Contexts contexts;
    private final Screenings screenings;
    private final ChronologyQuery chronology;
    private final ChronologyEntries entries;
    private final AuditLog auditLog;
    private final RiskAlerts alerts;
    private final RiskTexts texts;
    private final Clock clock;

    ContextLinks(ContextStore store, Contexts contexts, Screenings screenings, ChronologyQuery chronology,
                 ChronologyEntries entries, AuditLog auditLog, RiskAlerts alerts, RiskTexts texts, Clock clock) {
        this.store = store;
        this.contexts = contexts;
        this.screenings = screenings;
        this.chronology = chronology;
        this.entries = entries;
        this.auditLog = auditLog;
        this.alerts = alerts;
        this.texts = texts;
        this.clock = clock;
    }

    /** A link to an existing context ({@code contextId}) or to a new one ({@code newContext}). */
    public record Request(UUID contextId, Contexts.NewContext newContext, ContextLink.Source source, UUID sourceId,
                          String note) {
    }

    /** One of the child's links as the viewer sees it: the context, whether they read what it is, and how many other children share it now. */
    public record Seen(ContextLink link, Context context, boolean readable, int otherChildren) {
    }

    public Permission mayLink(OpenRecord record) {
        return RiskPermissions.link(record.viewer(), record.basis());
    }

    /** The child's links, current first, newest first. */
    public List<Seen> of(OpenRecord record) {
        List<ContextLink> links = store.linksOf(record.child());
        Map<UUID, Context> byId = store.byIds(links.stream().map(ContextLink::contextId).toList());
        Map<UUID, Set<ChildId>> linked = store.childrenLinked(byId.keySet());
        return links.stream().sorted(Comparator.comparing((ContextLink l) -> !l.current()))
                .map(l -> new Seen(l, byId.get(l.contextId()), contexts.mayRead(record.viewer(), byId.get(l.contextId())),
                        (int) linked.getOrDefault(l.contextId(), Set.of()).stream().filter(c -> !c.equals(record.child())).count()))
                .toList();
    }

    /** Contexts of the viewer's area they may read, to link a child to one already recorded rather than record it twice. */
    public List<Context> linkable(Actor viewer, ContextKind kind) {
        return store.ofArea(viewer.agency().area(), kind, LINKABLE).stream().filter(c -> contexts.mayRead(viewer, c))
                .sorted(Comparator.comparing(Context::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Links the child; problems by field (message keys), none if linked. */
    @Transactional
    public Map<String, String> link(OpenRecord record, Request request) {
        Map<String, String> problems = new LinkedHashMap<>();
        Permission permission = mayLink(record);
        if (permission.refused()) {
            return Map.of("contextId", permission.reason());
        }
        Actor.Person by = (Actor.Person) record.viewer();
        Optional<Context> existing = Optional.ofNullable(request.contextId()).flatMap(store::byId)
                .filter(c -> contexts.mayRead(by, c));
        if (request.contextId() != null && existing.isEmpty()) {
            problems.put("contextId", "risk.link.error.context");
        } else if (request.contextId() == null) {
            problems.putAll(request.newContext() == null ? Map.of("contextId", "risk.link.error.context")
                    : contexts.problems(by, request.newContext()));
        }
        if (!sourceFound(record, request)) {
            problems.put("source", "risk.link.error.source");
        }
        if (request.note() != null && request.note().strip().length() > MAX_NOTE) {
            problems.put("note", "risk.link.error.note");
        }
        if (existing.isPresent() && linkedNow(record.child(), existing.get().id())) {
            problems.put("contextId", "risk.link.error.already");
        }
        if (problems.isEmpty()) {
            save(record, by, existing.orElseGet(() -> contexts.record(by, request.newContext())), request);
        }
        return problems;
    }

    private void save(OpenRecord record, Actor.Person by, Context context, Request request) {
        store.lock(context.id());
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        ContextLink link = new ContextLink(Ids.newId(), context.id(), record.child(),
                request.source() == null ? ContextLink.Source.PRACTITIONER : request.source(), request.sourceId(), note,
                by.username(), by.agency().id(), clock.instant(), null, null, null);
        store.insertLink(link);
        entries.record(record.child(), by.agency().id(), ChronologyEntries.Author.practitioner(by.username()),
                NewEvent.note(link.linkedAt(), texts.text("risk.entry.linked", texts.text("risk.context.kind." + context.kind()),
                        context.name(), note == null ? "" : note)).withSensitivity(context.sensitivity()));
        auditLog.record(by, AuditAction.RECORD_EVENT, record.child().value(), "linked to context " + context.id());
        alerts.shared(List.of(context.id()));
    }

    /** Ends one of the child's current links, with a reason; empty if ended, else why not (a message key). */
    @Transactional
    public Optional<String> end(OpenRecord record, UUID linkId, String reason) {
        Permission permission = mayLink(record);
        Optional<ContextLink> link = store.linksOf(record.child()).stream()
                .filter(l -> l.id().equals(linkId) && l.current()).findFirst();
        if (permission.refused() || link.isEmpty()) {
            return Optional.of(permission.refused() ? permission.reason() : "risk.link.error.notCurrent");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_NOTE) {
            return Optional.of("risk.link.error.reason");
        }
        store.lock(link.get().contextId());
        store.endLink(link.get().end(record.viewer().auditName(), clock.instant(), reason.strip()));
        auditLog.record(record.viewer(), AuditAction.RECORD_EVENT, record.child().value(),
                "ended link to context " + link.get().contextId() + ": " + reason.strip());
        alerts.shared(List.of(link.get().contextId()));
        return Optional.empty();
    }

    private boolean linkedNow(ChildId child, UUID contextId) {
        return store.linksOf(child).stream().anyMatch(l -> l.current() && l.contextId().equals(contextId));
    }

    /** A link from a screening, an exploitation concern or a return interview names one of this child's. */
    private boolean sourceFound(OpenRecord record, Request request) {
        if (request.source() == null || request.source() == ContextLink.Source.PRACTITIONER) {
            return request.sourceId() == null;
        }
        if (request.sourceId() == null) {
            return false;
        }
        return request.source() == ContextLink.Source.SCREENING
                ? screenings.history(record).screening(request.sourceId()).isPresent()
                : chronology.current(record, request.sourceId()).isPresent();
    }
}
