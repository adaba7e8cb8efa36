package org.safeguardinghub.chronology.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFeed.Result;
import org.safeguardinghub.chronology.EventFeed.Status;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.FieldError;
import org.safeguardinghub.chronology.Match;
import org.safeguardinghub.chronology.NearMatches;
import org.safeguardinghub.chronology.NewChildrenToReview;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.chronology.children.ChildStore;
import org.safeguardinghub.chronology.linking.LinkDecision;
import org.safeguardinghub.shared.HubTime;

/**
 * Decides how one batch of the feed is stored before anything is written: which events are
 * resends (answered at once), which are new, which child each new event belongs to (from the
 * linker's decisions and the second look), the children to create, what their subjects teach, the
 * rows to append, and the one {@link EventsRecorded} the batch publishes. Plain Java: the feed
 * looks things up, asks this, and writes the plan.
 */
public final class FeedPlanner {

    /** The batch sorted: answers already known (refused, resent) and the events to store, by position. */
    public record Triage(Result[] answered, Map<Integer, IncomingEvent> fresh, Map<String, Integer> firstIndex) {

        public List<Subject> freshSubjects() {
            return fresh.values().stream().map(IncomingEvent::subject).toList();
        }
    }

    /** Who sent the batch: its agency, its name in the audit, and whether it is a partner system. */
    public record Sender(UUID agencyId, String auditName, boolean partner) {
    }

    /**
     * What linking found for the fresh subjects, in their order, and what the second look found
     * for each new person's group.
     */
    public record Linking(List<LinkDecision> decisions, Map<Integer, NearMatches.Near> nearByGroup) {
    }

    /** A new record the matcher linked above the link band: merged into {@code near.child()} as it is written. */
    public record AutomaticLink(ChildId provisional, NearMatches.Linked near) {
    }

    /** Everything the feed writes for a batch, and what it answers. */
    public record Plan(List<Result> results, List<ChildStore.NewChild> newChildren, List<ChildStore.Sighting> sightings,
                       Set<ChildStore.Involvement> involvements, List<EventStore.Row> rows,
                       EventsRecorded recorded, List<AutomaticLink> automatic, List<NewChildrenToReview.Pair> toReview) {

        public Set<ChildId> childrenTouched() {
            Set<ChildId> children = new LinkedHashSet<>();
            involvements.forEach(i -> children.add(i.child()));
            return children;
        }
    }

    private FeedPlanner() {
    }

    /** Refused events and resends are answered here; the first of each new eventId is to be stored. */
    public static Triage triage(List<EventValidator.Validation> validations, Map<String, EventStore.Sent> alreadySent) {
        Result[] answered = new Result[validations.size()];
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<Integer, IncomingEvent> fresh = new LinkedHashMap<>();
        for (int i = 0; i < validations.size(); i++) {
            switch (validations.get(i)) {
                case EventValidator.Invalid invalid ->
                        answered[i] = new Result(invalid.eventId(), Status.REJECTED, null, null, invalid.errors());
                case EventValidator.Valid valid -> {
                    IncomingEvent event = valid.event();
                    EventStore.Sent before = alreadySent.get(event.eventId());
                    if (before != null) {
                        answered[i] = resend(event, before.contentHash(), before.child());
                    } else if (firstIndex.putIfAbsent(event.eventId(), i) == null) {
                        fresh.put(i, event);
                    }
                }
            }
        }
        return new Triage(answered, fresh, firstIndex);
    }

    /**
     * The plan for the fresh events. {@code ids} gives each new child and row its id;
     * {@code subjectJson} how a subject is kept with its event.
     */
    public static Plan plan(List<EventValidator.Validation> validations, Triage triage, Linking linking, Sender sender,
                            Instant now, Supplier<UUID> ids, Function<Subject, String> subjectJson) {
        Builder plan = new Builder(sender, now, ids, subjectJson);
        List<Integer> indexes = new ArrayList<>(triage.fresh().keySet());
        Result[] results = triage.answered().clone();
        Map<Integer, ChildId> linked = new HashMap<>();
        for (int n = 0; n < indexes.size(); n++) {
            int i = indexes.get(n);
            IncomingEvent event = triage.fresh().get(i);
            Placed placed = plan.place(event, linking.decisions().get(n), linking.nearByGroup());
            linked.put(i, placed.reported());
            results[i] = new Result(event.eventId(), Status.CREATED, placed.reported(), placed.match(), null);
            plan.add(event, placed);
        }
        answerRepeats(validations, triage, results, linked);
        return plan.build(Arrays.asList(results));
    }

    /** The same eventId twice in one batch: the later one is a resend of the earlier. */
    private static void answerRepeats(List<EventValidator.Validation> validations, Triage triage, Result[] results,
                                      Map<Integer, ChildId> linked) {
        for (int i = 0; i < validations.size(); i++) {
            if (results[i] == null) {
                int first = triage.firstIndex().get(validations.get(i).eventId());
                IncomingEvent event = ((EventValidator.Valid) validations.get(i)).event();
                results[i] = resend(event, triage.fresh().get(first).contentHash(), linked.get(first));
            }
        }
    }

    static Result resend(IncomingEvent event, byte[] storedHash, ChildId child) {
        boolean same = Arrays.equals(storedHash, event.contentHash());
        return same
                ? new Result(event.eventId(), Status.DUPLICATE, child, null, null)
                : new Result(event.eventId(), Status.CONFLICT, child, null, List.of(new FieldError("eventId",
                        "was already sent with different content; send a correction under a new eventId")));
    }

    /**
     * Where one event goes: the record it is stored against, the child reported to the sender, and
     * how; whether the record is new, and whether it learns the subject's identifiers.
     */
    private record Placed(ChildId stored, ChildId reported, Match match, boolean newChild, boolean learnIdentifiers) {
    }

    /** Collects the plan as events are placed. */
    private static final class Builder {

        private final Sender sender;
        private final Instant now;
        private final Supplier<UUID> ids;
        private final Function<Subject, String> subjectJson;
        private final Map<Integer, ChildId> groups = new HashMap<>();
        private final Map<Integer, Match> groupMatches = new HashMap<>();
        private final Map<ChildId, NearMatches.Linked> automatic = new LinkedHashMap<>();
        private final List<NewChildrenToReview.Pair> toReview = new ArrayList<>();
        private final List<ChildStore.NewChild> newChildren = new ArrayList<>();
        private final List<ChildStore.Sighting> sightings = new ArrayList<>();
        private final Map<ChildId, LocalDate> firstDates = new LinkedHashMap<>();
        private final List<EventStore.Row> rows = new ArrayList<>();
        private final List<EventsRecorded.Recorded> recorded = new ArrayList<>();

        Builder(Sender sender, Instant now, Supplier<UUID> ids, Function<Subject, String> subjectJson) {
            this.sender = sender;
            this.now = now;
            this.ids = ids;
            this.subjectJson = subjectJson;
        }

        Placed place(IncomingEvent event, LinkDecision decision, Map<Integer, NearMatches.Near> near) {
            return switch (decision) {
                case LinkDecision.Linked known -> new Placed(known.child(), known.child(), Match.LINKED, false, true);
                case LinkDecision.NewPerson person -> newPerson(event, person.group(), near.get(person.group()));
                case LinkDecision.Held held -> held(event, held);
            };
        }

        private Placed newPerson(IncomingEvent event, int group, NearMatches.Near near) {
            ChildId existing = groups.get(group);
            if (existing != null) {
                return new Placed(existing, reported(existing), groupMatches.get(group), false, learns(existing));
            }
            ChildId child = newChild(event, group);
            Match match = firstLook(near, child);
            // later subjects of the group were seen with a record already made: they are linked to it
            groupMatches.put(group, match == Match.NEW_PERSON ? Match.LINKED : match);
            return new Placed(child, reported(child), match, match == Match.NEW_PERSON, learns(child));
        }

        /** A link the checks held: a provisional record of its own, paired for review with the child it was found by. */
        private Placed held(IncomingEvent event, LinkDecision.Held held) {
            ChildId existing = groups.get(held.group());
            if (existing != null) {
                return new Placed(existing, existing, Match.NEEDS_REVIEW, false, true);
            }
            ChildId child = newChild(event, held.group());
            groupMatches.put(held.group(), Match.NEEDS_REVIEW);
            ChildId candidate = held.child() != null ? held.child() : reported(groups.get(held.childGroup()));
            toReview.add(new NewChildrenToReview.Pair(child, candidate, held.why().weight(), held.why().reasons(),
                    held.why().label(), null));
            return new Placed(child, child, Match.NEEDS_REVIEW, true, true);
        }

        private ChildId newChild(IncomingEvent event, int group) {
            ChildId child = new ChildId(ids.get());
            groups.put(group, child);
            newChildren.add(new ChildStore.NewChild(child, event.subject(), sender.agencyId()));
            return child;
        }

        /**
         * A record the matcher links to a known child learns no identifiers: an identifier is learned
         * onto a child only from an exact or a person's link, never from a near match.
         */
        private boolean learns(ChildId stored) {
            return !automatic.containsKey(stored);
        }

        /**
         * What a new record is after the second look: a new person; a provisional record a person is
         * asked about; or, above the link band, the known child (the record is merged into it).
         */
        private Match firstLook(NearMatches.Near near, ChildId child) {
            return switch (near) {
                case NearMatches.Linked same -> {
                    automatic.put(child, same);
                    yield Match.LINKED;
                }
                case NearMatches.NeedsReview maybe -> {
                    toReview.add(new NewChildrenToReview.Pair(child, maybe.child(), maybe.weight(), maybe.reasons(),
                            maybe.label(), null));
                    yield Match.NEEDS_REVIEW;
                }
                case null, default -> Match.NEW_PERSON;
            };
        }

        /** A record linked by the matcher is merged into the known child as the plan is written. */
        private ChildId reported(ChildId stored) {
            NearMatches.Linked same = automatic.get(stored);
            return same == null ? stored : same.child();
        }

        void add(IncomingEvent event, Placed placed) {
            sightings.add(new ChildStore.Sighting(placed.stored(), event.subject(), sender.agencyId(), event.occurredAt(),
                    placed.newChild(), placed.learnIdentifiers()));
            firstDates.merge(placed.stored(), LocalDate.ofInstant(event.occurredAt(), HubTime.ZONE),
                    (a, b) -> a.isBefore(b) ? a : b);
            UUID id = ids.get();
            rows.add(new EventStore.Row(id, id, 1, placed.stored(), sender.agencyId(), event.eventId(),
                    event.contentHash(), event.type(), event.occurredAt(), event.occurredDateOnly(), event.endedAt(),
                    event.endedDateOnly(), event.summary(), event.details() == null ? null : CanonicalJson.write(event.details()),
                    event.significance(), event.sensitivity(), subjectJson.apply(event.subject()), now, sender.auditName(),
                    sender.partner() ? "API_CLIENT" : "PRACTITIONER", null));
            recorded.add(new EventsRecorded.Recorded(placed.reported(), id, event.type(), event.significance(),
                    sender.agencyId(), event.occurredAt()));
        }

        Plan build(List<Result> results) {
            Set<ChildStore.Involvement> involvements = new LinkedHashSet<>();
            firstDates.forEach((child, since) -> involvements.add(new ChildStore.Involvement(child, sender.agencyId(), since)));
            List<AutomaticLink> links = new ArrayList<>();
            automatic.forEach((provisional, near) -> links.add(new AutomaticLink(provisional, near)));
            return new Plan(results, newChildren, ChildStore.Sighting.merged(sightings), involvements, rows,
                    new EventsRecorded(recorded, false, sender.partner()), links, toReview);
        }
    }
}
