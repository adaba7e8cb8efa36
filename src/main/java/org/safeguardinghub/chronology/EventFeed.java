package org.safeguardinghub.chronology;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.children.ChildStore;
import org.safeguardinghub.chronology.events.BatchRetryRule;
import org.safeguardinghub.chronology.events.EventStore;
import org.safeguardinghub.chronology.events.EventValidator;
import org.safeguardinghub.chronology.events.FeedPlanner;
import org.safeguardinghub.chronology.events.SubjectJson;
import org.safeguardinghub.chronology.linking.LinkDecision;
import org.safeguardinghub.chronology.linking.SubjectLinker;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The partner event feed (spec/event-feed.md, contract v1): validates each event, answers resends
 * idempotently, links each subject to a child, and appends the events to the chronology, all in
 * one transaction, so a caller is answered only once everything it was told is committed. What a
 * batch writes is planned first ({@link FeedPlanner}), then written, and the batch publishes one
 * {@link EventsRecorded}.
 *
 * <p>Batches run concurrently. If two transactions store the same eventId at once, the unique
 * index refuses the second; its whole transaction is rolled back and the batch decided again, when
 * the other's events are visible and are answered as duplicates (or conflicts). A deadlock between
 * two batches, or a serialisation failure, is retried the same way ({@link BatchRetryRule}, issue
 * 18), a bounded number of times.
 */
@Service
public class EventFeed {

    /** The per-event outcome of contract v1. */
    public enum Status { CREATED, DUPLICATE, CONFLICT, REJECTED }

    public record Result(String eventId, Status status, ChildId childId, Match match, List<FieldError> errors) {
    }

    private static final long NEW_CHILD_LOCK = 0x5348_4e45_5743_4844L;
    private static final BatchRetryRule RETRIES = new BatchRetryRule(4);

    private final EventValidator validator;
    private final SubjectLinker linker;
    private final List<NearMatches> nearMatches;
    private final ChildMerges merges;
    private final ChildStore children;
    private final EventStore events;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EventFeed(SubjectLinker linker, List<NearMatches> nearMatches, ChildMerges merges, ChildStore children,
              EventStore events, JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher publisher,
              TransactionTemplate transaction, Clock clock) {
        this.validator = new EventValidator(clock);
        this.linker = linker;
        this.nearMatches = nearMatches;
        this.merges = merges;
        this.children = children;
        this.events = events;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.transaction = transaction;
        this.clock = clock;
    }

    public List<Result> receive(Actor.PartnerSystem sender, List<JsonNode> batch) {
        List<EventValidator.Validation> validations = batch.stream().map(validator::validate).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> store(sender, validations));
            } catch (DataAccessException | TransactionException failed) {
                BatchRetryRule.Decision decision = RETRIES.afterFailure(failed, attempt);
                if (!decision.retry()) {
                    throw failed;
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    /** A short, random pause, so two batches that deadlocked do not meet again in step. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One event in the feed's format from a practitioner rather than a partner system, linked to
     * its child like any other. It joins the caller's transaction, so whatever the caller records
     * with it is committed with it or not at all.
     */
    Result receive(Actor.Person sender, JsonNode event) {
        return transaction.execute(status -> store(sender, List.of(validator.validate(event)))).getFirst();
    }

    private List<Result> store(Actor sender, List<EventValidator.Validation> validations) {
        FeedPlanner.Triage triage = FeedPlanner.triage(validations, events.alreadySent(sender.agency().id(),
                validations.stream().filter(v -> v instanceof EventValidator.Valid)
                        .map(EventValidator.Validation::eventId).toList()));
        FeedPlanner.Linking linking = link(sender, triage);
        FeedPlanner.Plan plan = FeedPlanner.plan(validations, triage, linking,
                new FeedPlanner.Sender(sender.agency().id(), sender.auditName(), sender instanceof Actor.PartnerSystem),
                clock.instant(), Ids::newId, SubjectJson::write);
        write(sender, plan);
        return plan.results();
    }

    /** What linking decides for the batch's new events, after the second look and following merges. */
    private FeedPlanner.Linking link(Actor sender, FeedPlanner.Triage triage) {
        List<Subject> subjects = triage.freshSubjects();
        if (subjects.isEmpty()) {
            return new FeedPlanner.Linking(List.of(), Map.of());
        }
        List<LinkDecision> decisions = linker.decide(sender.agency(), subjects);
        if (decisions.stream().anyMatch(d -> !(d instanceof LinkDecision.Linked))) {
            // decide again holding the new-child lock, so two batches cannot both make the same child
            lock(NEW_CHILD_LOCK);
            decisions = linker.decide(sender.agency(), subjects);
        }
        Map<Integer, NearMatches.Near> near = secondLook(subjects, decisions);
        return new FeedPlanner.Linking(followMerges(decisions), near);
    }

    private void write(Actor sender, FeedPlanner.Plan plan) {
        if (plan.rows().isEmpty()) {
            return;
        }
        children.create(plan.newChildren());
        children.learn(plan.sightings());
        events.append(plan.rows());
        children.involve(plan.involvements(), sender.auditName());
        List<NewChildrenToReview.Pair> toReview = new java.util.ArrayList<>(plan.toReview());
        plan.automatic().forEach(link -> toReview.add(linkAutomatically(sender, link)));
        List<UUID> touched = plan.childrenTouched().stream().map(ChildId::value).toList();
        if (sender instanceof Actor.PartnerSystem) {
            // one entry for the batch, naming its children (ADR 0043); a practitioner's entry is one child's
            auditLog.recordBatch(sender, AuditAction.RECEIVE_EVENTS, touched, plan.rows().size() + " event(s) from the partner feed");
        } else {
            auditLog.recordEach(sender, AuditAction.RECEIVE_EVENTS, touched, plan.rows().size() + " event(s) recorded");
        }
        publisher.publishEvent(plan.recorded());
        if (!toReview.isEmpty()) {
            publisher.publishEvent(new NewChildrenToReview(toReview));
        }
    }

    /**
     * The matcher's link, kept as a merge with its reasons, and on the review list, so a person can
     * undo it. The batch reports its events as the known child's, so the merge need not ask the
     * rules to look again.
     */
    private NewChildrenToReview.Pair linkAutomatically(Actor sender, FeedPlanner.AutomaticLink link) {
        NearMatches.Linked same = link.near();
        ChildMerges.Merge merge = merges.mergeQuietly(sender, same.child(), link.provisional(), String.format(Locale.ROOT,
                "linked by the matcher: match weight %.1f is above the link band", same.weight()));
        return new NewChildrenToReview.Pair(link.provisional(), same.child(), same.weight(), same.reasons(),
                ReviewLabel.NEAR_MATCH, merge.id());
    }

    /**
     * Subjects no known child matches exactly get a second look (the identity module's near
     * matches): what it found is noted against the new record's group.
     */
    private Map<Integer, NearMatches.Near> secondLook(List<Subject> subjects, List<LinkDecision> decisions) {
        Map<Integer, NearMatches.Near> near = new HashMap<>();
        Map<Integer, Integer> firstOfGroup = new LinkedHashMap<>();
        for (int n = 0; n < decisions.size(); n++) {
            if (decisions.get(n) instanceof LinkDecision.NewPerson person) {
                firstOfGroup.putIfAbsent(person.group(), n);
            }
        }
        if (nearMatches.isEmpty() || firstOfGroup.isEmpty()) {
            return near;
        }
        List<Integer> asked = List.copyOf(firstOfGroup.values());
        List<NearMatches.Near> found = nearMatches.getFirst().find(asked.stream().map(subjects::get).toList());
        for (int k = 0; k < asked.size(); k++) {
            if (!(found.get(k) instanceof NearMatches.NewPerson)) {
                near.put(((LinkDecision.NewPerson) decisions.get(asked.get(k))).group(), found.get(k));
            }
        }
        return near;
    }

    /**
     * A subject linked to a record since merged into another belongs to that other; a subject held
     * from such a record is asked about that other.
     */
    private List<LinkDecision> followMerges(List<LinkDecision> decisions) {
        Map<ChildId, ChildId> survivors = merges.survivors(decisions.stream().map(EventFeed::knownChild)
                .filter(java.util.Objects::nonNull).toList());
        if (survivors.isEmpty()) {
            return decisions;
        }
        return decisions.stream().map(d -> switch (d) {
            case LinkDecision.Linked known when survivors.containsKey(known.child()) -> new LinkDecision.Linked(
                    survivors.get(known.child()), known.reason() + " (a record since merged into this one)");
            case LinkDecision.Held held when held.child() != null && survivors.containsKey(held.child()) ->
                    new LinkDecision.Held(held.group(), survivors.get(held.child()), null, held.why());
            default -> d;
        }).toList();
    }

    private static ChildId knownChild(LinkDecision decision) {
        return switch (decision) {
            case LinkDecision.Linked known -> known.child();
            case LinkDecision.Held held -> held.child();
            case LinkDecision.NewPerson person -> null;
        };
    }

    private void lock(long key) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", key).query(rs -> { });
    }
}
