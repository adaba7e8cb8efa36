package org.safeguardinghub.chronology;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner event feed (spec/event-feed.md, contract v1): validates each event, answers resends
 * idempotently, links each subject to a child, and appends the events to the chronology, all in
 * one transaction, so a caller is answered only once everything it was told is committed.
 *
 * <p>Batches run concurrently. If two transactions store the same eventId at once, the unique
 * index refuses the second; its whole transaction is rolled back and the batch decided again, when
 * the other's events are visible and are answered as duplicates (or conflicts).
 */
@Service
public class EventFeed {

    /** The per-event outcome of contract v1. */
    public enum Status { CREATED, DUPLICATE, CONFLICT, REJECTED }

    public record Result(String eventId, Status status, ChildId childId, Match match, List<FieldError> errors) {

        static Result rejected(String eventId, List<FieldError> errors) {
            return new Result(eventId, Status.REJECTED, null, null, errors);
        }
    }

    private static final long NEW_CHILD_LOCK = 0x5348_4e45_5743_4844L;
    private static final int MAX_ATTEMPTS = 3;

    private final EventValidator validator;
    private final SubjectLinker linker;
    private final List<NearMatches> nearMatches;
    private final ChildMerges merges;
    private final ChildStore children;
    private final EventStore events;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EventFeed(SubjectLinker linker, List<NearMatches> nearMatches, ChildMerges merges, ChildStore children, EventStore events, JdbcClient jdbc, AuditLog auditLog,
              ApplicationEventPublisher publisher, JsonMapper json, TransactionTemplate transaction, Clock clock) {
        this.validator = new EventValidator(clock);
        this.linker = linker;
        this.nearMatches = nearMatches;
        this.merges = merges;
        this.children = children;
        this.events = events;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    public List<Result> receive(Viewer.ClientViewer sender, List<JsonNode> batch) {
        List<EventValidator.Validation> validations = batch.stream().map(validator::validate).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> store(sender, validations));
            } catch (DuplicateKeyException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * One event in the feed's format from a practitioner rather than a partner system (a contact made
     * on the web form), linked to its child like any other. It joins the caller's transaction, so
     * whatever the caller records with it is committed with it or not at all.
     */
    public Result receive(Viewer.PractitionerViewer sender, JsonNode event) {
        return transaction.execute(status -> store(sender, List.of(validator.validate(event)))).getFirst();
    }

    private List<Result> store(Viewer sender, List<EventValidator.Validation> validations) {
        Result[] results = new Result[validations.size()];
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<Integer, IncomingEvent> fresh = new LinkedHashMap<>();
        Map<String, EventStore.Sent> sent = events.alreadySent(sender.agency().id(), validations.stream()
                .filter(v -> v instanceof EventValidator.Valid).map(EventValidator.Validation::eventId).toList());
        for (int i = 0; i < validations.size(); i++) {
            switch (validations.get(i)) {
                case EventValidator.Invalid invalid -> results[i] = Result.rejected(invalid.eventId(), invalid.errors());
                case EventValidator.Valid valid -> {
                    IncomingEvent event = valid.event();
                    EventStore.Sent before = sent.get(event.eventId());
                    if (before != null) {
                        results[i] = resend(event, before.contentHash(), before.child());
                    } else if (firstIndex.putIfAbsent(event.eventId(), i) == null) {
                        fresh.put(i, event);
                    }
                }
            }
        }
        Map<Integer, ChildId> linked = append(sender, fresh, results);
        for (int i = 0; i < validations.size(); i++) {
            if (results[i] == null) {
                // the same eventId twice in one batch: the later one is a resend of the earlier
                int first = firstIndex.get(validations.get(i).eventId());
                IncomingEvent event = ((EventValidator.Valid) validations.get(i)).event();
                results[i] = resend(event, fresh.get(first).contentHash(), linked.get(first));
            }
        }
        return Arrays.asList(results);
    }

    private static Result resend(IncomingEvent event, byte[] storedHash, ChildId child) {
        boolean same = Arrays.equals(storedHash, event.contentHash());
        return same
                ? new Result(event.eventId(), Status.DUPLICATE, child, null, null)
                : new Result(event.eventId(), Status.CONFLICT, child, null, List.of(new FieldError("eventId",
                        "was already sent with different content; send a correction under a new eventId")));
    }

    private Map<Integer, ChildId> append(Viewer sender, Map<Integer, IncomingEvent> fresh, Result[] results) {
        if (fresh.isEmpty()) {
            return Map.of();
        }
        List<Integer> indexes = new ArrayList<>(fresh.keySet());
        List<Subject> subjects = fresh.values().stream().map(IncomingEvent::subject).toList();
        List<LinkDecision> decisions = linker.decide(sender.agency(), subjects);
        if (decisions.stream().anyMatch(d -> d instanceof LinkDecision.NewPerson)) {
            // decide again holding the new-child lock, so two batches cannot both make the same child
            lock(NEW_CHILD_LOCK);
            decisions = linker.decide(sender.agency(), subjects);
        }
        Map<Integer, NearMatches.Near> near = new HashMap<>();
        secondLook(subjects, decisions, near);
        decisions = followMerges(decisions);
        List<NewChildrenToReview.Pair> toReview = new ArrayList<>();
        Map<Integer, ChildId> groups = new HashMap<>();
        Map<Integer, Match> groupMatches = new HashMap<>();
        Map<ChildId, NearMatches.Same> automatic = new LinkedHashMap<>();
        List<ChildStore.NewChild> newChildren = new ArrayList<>();
        Map<Integer, ChildId> linked = new HashMap<>();
        List<ChildStore.Sighting> sightings = new ArrayList<>();
        Set<ChildStore.Involvement> involvements = new LinkedHashSet<>();
        Map<ChildId, LocalDate> firstDates = new HashMap<>();
        List<EventStore.Row> rows = new ArrayList<>();
        List<EventsRecorded.Recorded> recorded = new ArrayList<>();
        Instant now = clock.instant();
        for (int n = 0; n < indexes.size(); n++) {
            int i = indexes.get(n);
            IncomingEvent event = fresh.get(i);
            Match match;
            ChildId child;
            switch (decisions.get(n)) {
                case LinkDecision.Known known -> {
                    child = known.child();
                    match = Match.LINKED;
                }
                case LinkDecision.NewPerson person -> {
                    ChildId existing = groups.get(person.group());
                    if (existing == null) {
                        child = new ChildId(Ids.newId());
                        groups.put(person.group(), child);
                        newChildren.add(new ChildStore.NewChild(child, event.subject(), sender.agency().id()));
                        match = firstLook(near.get(person.group()), child, automatic, toReview);
                        groupMatches.put(person.group(), match == Match.NEW_PERSON ? Match.LINKED : match);
                    } else {
                        child = existing;
                        match = groupMatches.get(person.group());
                    }
                }
            }
            // a record linked by the matcher is merged into the known child below, in this transaction
            ChildId reported = automatic.containsKey(child) ? automatic.get(child).child() : child;
            linked.put(i, reported);
            results[i] = new Result(event.eventId(), Status.CREATED, reported, match, null);
            sightings.add(new ChildStore.Sighting(child, event.subject(), sender.agency().id(), event.occurredAt(),
                    match == Match.NEW_PERSON));
            firstDates.merge(child, LocalDate.ofInstant(event.occurredAt(), HubTime.ZONE),
                    (a, b) -> a.isBefore(b) ? a : b);
            UUID id = Ids.newId();
            rows.add(new EventStore.Row(id, id, 1, child, sender.agency().id(), event.eventId(), event.contentHash(),
                    event.type(), event.occurredAt(), event.occurredDateOnly(), event.endedAt(),
                    event.endedDateOnly(), event.summary(), event.details() == null ? null : event.details().toString(),
                    event.significance(), event.sensitivity(), json.writeValueAsString(event.subject()), now,
                    sender.actor(), sender instanceof Viewer.ClientViewer ? "API_CLIENT" : "PRACTITIONER", null));
            recorded.add(new EventsRecorded.Recorded(reported, id, event.type(), event.significance(),
                    sender.agency().id(), event.occurredAt()));
        }
        firstDates.forEach((child, since) -> involvements.add(new ChildStore.Involvement(child, sender.agency().id(), since)));
        children.create(newChildren);
        children.learn(ChildStore.Sighting.merged(sightings));
        events.append(rows);
        children.involve(involvements, sender.actor());
        automatic.forEach((provisional, same) -> toReview.add(linkAutomatically(sender, provisional, same)));
        auditLog.recordEach(sender, AuditAction.RECEIVE_EVENTS, firstDates.keySet().stream().map(ChildId::value).toList(),
                rows.size() + (sender instanceof Viewer.ClientViewer ? " event(s) from the partner feed" : " event(s) recorded"));
        publisher.publishEvent(new EventsRecorded(recorded, false, sender instanceof Viewer.ClientViewer));
        if (!toReview.isEmpty()) {
            publisher.publishEvent(new NewChildrenToReview(toReview));
        }
        return linked;
    }

    /**
     * What a new record is, after the second look: a new person; a provisional record a person is
     * asked about; or, above the link band, the known child (the record is merged into it).
     */
    private static Match firstLook(NearMatches.Near near, ChildId child, Map<ChildId, NearMatches.Same> automatic,
                                   List<NewChildrenToReview.Pair> toReview) {
        return switch (near) {
            case NearMatches.Same same -> {
                automatic.put(child, same);
                yield Match.LINKED;
            }
            case NearMatches.Perhaps maybe -> {
                toReview.add(new NewChildrenToReview.Pair(child, maybe.child(), maybe.weight(), maybe.reasons(), null));
                yield Match.NEEDS_REVIEW;
            }
            case null, default -> Match.NEW_PERSON;
        };
    }

    /** The matcher's link, kept as a merge with its reasons, and on the review list, so a person can undo it. */
    private NewChildrenToReview.Pair linkAutomatically(Viewer sender, ChildId provisional, NearMatches.Same same) {
        ChildMerges.Merge merge = merges.merge(sender, same.child(), provisional, String.format(Locale.ROOT,
                "linked by the matcher: match weight %.1f is above the link band", same.weight()));
        return new NewChildrenToReview.Pair(provisional, same.child(), same.weight(), same.reasons(), merge.id());
    }

    /**
     * Subjects no known child matches exactly get a second look (the identity module's near
     * matches): what it found is noted against the new record's group.
     */
    private void secondLook(List<Subject> subjects, List<LinkDecision> decisions, Map<Integer, NearMatches.Near> near) {
        if (nearMatches.isEmpty()) {
            return;
        }
        Map<Integer, Integer> firstOfGroup = new LinkedHashMap<>();
        for (int n = 0; n < decisions.size(); n++) {
            if (decisions.get(n) instanceof LinkDecision.NewPerson person) {
                firstOfGroup.putIfAbsent(person.group(), n);
            }
        }
        if (firstOfGroup.isEmpty()) {
            return;
        }
        List<Integer> asked = new ArrayList<>(firstOfGroup.values());
        List<NearMatches.Near> found = nearMatches.getFirst().find(asked.stream().map(subjects::get).toList());
        for (int k = 0; k < asked.size(); k++) {
            if (!(found.get(k) instanceof NearMatches.Nobody)) {
                near.put(((LinkDecision.NewPerson) decisions.get(asked.get(k))).group(), found.get(k));
            }
        }
    }

    /** A subject linked to a record since merged into another belongs to that other. */
    private List<LinkDecision> followMerges(List<LinkDecision> decisions) {
        Map<ChildId, ChildId> survivors = merges.survivors(decisions.stream()
                .filter(d -> d instanceof LinkDecision.Known).map(d -> ((LinkDecision.Known) d).child()).toList());
        if (survivors.isEmpty()) {
            return decisions;
        }
        return decisions.stream().map(d -> d instanceof LinkDecision.Known known && survivors.containsKey(known.child())
                ? new LinkDecision.Known(survivors.get(known.child()), known.reason() + " (a record since merged into this one)")
                : d).toList();
    }

    private void lock(long key) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", key).query(rs -> { });
    }
}
