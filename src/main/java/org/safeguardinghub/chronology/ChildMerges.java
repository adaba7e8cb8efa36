package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.children.MergeStore;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two records of the same child made one, and made two again. Merging moves every event of one
 * record (every version, with the subject details as they were sent) to the other and gives the
 * agencies involved with it the same involvement in the other; the merge keeps the list of what it
 * moved, so unmerging moves exactly that back and ends exactly that involvement. Events that arrive
 * for a merged record meanwhile land on the record it was merged into and stay there. The alert
 * rules look at both children's whole history again after either.
 */
@Service
public class ChildMerges {

    static final int MAX_REASON = 1000;

    private final MergeStore store;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;

    ChildMerges(MergeStore store, AuditLog auditLog, ApplicationEventPublisher publisher) {
        this.store = store;
        this.auditLog = auditLog;
        this.publisher = publisher;
    }

    /** One merge: which record went into which, what moved, and its undoing if it was undone. */
    public record Merge(UUID id, ChildId into, ChildId from, List<UUID> eventIds, String mergedBy, Instant mergedAt,
                        String reason, String unmergedBy, Instant unmergedAt, String unmergeReason) {

        public boolean current() {
            return unmergedAt == null;
        }
    }

    /** Merges {@code from} into {@code into}; refused if either is merged away or no reason is given. */
    @Transactional
    public Merge merge(Actor by, ChildId into, ChildId from, String reason) {
        Merge merge = mergeQuietly(by, into, from, reason);
        lookAgain(into, from, merge.eventIds());
        return merge;
    }

    /**
     * Merges as {@link #merge} does, without asking the rules to look again: for a record the feed
     * has just made, whose events the feed reports itself as the known child's.
     */
    @Transactional
    Merge mergeQuietly(Actor by, ChildId into, ChildId from, String reason) {
        if (into.equals(from)) {
            throw new Refused("child", "a record cannot be merged into itself");
        }
        requireReason(reason, "say why these records are the same child");
        store.lock(List.of(into, from));
        if (store.mergedInto(into).isPresent() || store.mergedInto(from).isPresent()) {
            throw new Refused("child", "one of these records has been merged into another; use that one");
        }
        UUID id = store.merge(Ids.newId(), into, from, by.auditName(), reason.strip());
        auditLog.record(by, AuditAction.MERGE_CHILDREN, into.value(), "merged " + from + " into " + into + ": " + reason.strip());
        auditLog.record(by, AuditAction.MERGE_CHILDREN, from.value(), "merged into " + into + ": " + reason.strip());
        return store.byId(id).orElseThrow();
    }

    /** Undoes a current merge: exactly the events it moved go back, and the involvement it gave ends. */
    @Transactional
    public Merge unmerge(Actor.Person by, UUID mergeId, String reason) {
        requireReason(reason, "say why these records are not the same child");
        Merge merge = store.byId(mergeId).filter(Merge::current)
                .orElseThrow(() -> new Refused("merge", "no such merge in force"));
        store.lock(List.of(merge.into(), merge.from()));
        store.unmerge(merge, by.username(), reason.strip());
        auditLog.record(by, AuditAction.MERGE_CHILDREN, merge.into().value(), "unmerged " + merge.from() + ": " + reason.strip());
        auditLog.record(by, AuditAction.MERGE_CHILDREN, merge.from().value(), "unmerged from " + merge.into() + ": " + reason.strip());
        lookAgain(merge.from(), merge.into(), merge.eventIds());
        return store.byId(mergeId).orElseThrow();
    }

    private static void requireReason(String reason, String ask) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new Refused("reason", ask + " (up to " + MAX_REASON + " characters)");
        }
    }

    /** The merge in force that took this record into another, if any. */
    public Optional<Merge> mergedInto(ChildId child) {
        return store.mergedInto(child);
    }

    public Optional<Merge> byId(UUID id) {
        return store.byId(id);
    }

    /** Where events for these children go now: a merged record's events go to the record it was merged into. */
    Map<ChildId, ChildId> survivors(Collection<ChildId> children) {
        return store.survivors(children);
    }

    /** Both children's rules look at their whole history again, for every kind of event that moved. */
    private void lookAgain(ChildId to, ChildId away, List<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            publisher.publishEvent(new EventsRecorded(store.current(eventIds, List.of(to, away)), true));
        }
    }
}
