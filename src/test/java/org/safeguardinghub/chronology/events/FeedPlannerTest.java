package org.safeguardinghub.chronology.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFeed.Result;
import org.safeguardinghub.chronology.EventFeed.Status;
import org.safeguardinghub.chronology.LinkChecks;
import org.safeguardinghub.chronology.Match;
import org.safeguardinghub.chronology.NearMatches;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.chronology.linking.LinkDecision;
import org.safeguardinghub.shared.HubTime;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** How the feed plans a batch before writing it: resends, linking outcomes, new records and one publication. */
class FeedPlannerTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final EventValidator VALIDATOR = new EventValidator(Clock.fixed(NOW, HubTime.ZONE));
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final FeedPlanner.Sender PARTNER = new FeedPlanner.Sender(UUID.randomUUID(), "client-1", true);
    static final ChildId KNOWN = new ChildId(UUID.randomUUID());

    /** Ids in order, so a test can tell which record and row got which. */
    static Supplier<UUID> ids() {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(0, next.incrementAndGet());
    }

    static ObjectNode event(String eventId, String given, String summary) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", eventId);
        ObjectNode subject = event.putObject("subject");
        subject.put("givenName", given);
        subject.put("familyName", "Fopeki");
        subject.put("dateOfBirth", "2012-05-01");
        event.put("type", "NOTE");
        event.put("occurredAt", "2026-11-01T10:00:00Z");
        event.put("summary", summary);
        return event;
    }

    static List<EventValidator.Validation> validations(ObjectNode... events) {
        List<EventValidator.Validation> list = new ArrayList<>();
        for (ObjectNode e : events) {
            list.add(VALIDATOR.validate(e));
        }
        return list;
    }

    static FeedPlanner.Plan plan(List<EventValidator.Validation> validations, Map<String, EventStore.Sent> sent,
                                 List<LinkDecision> decisions, Map<Integer, NearMatches.Near> near) {
        FeedPlanner.Triage triage = FeedPlanner.triage(validations, sent);
        return FeedPlanner.plan(validations, triage, new FeedPlanner.Linking(decisions, near), PARTNER, NOW, ids(),
                subject -> "{}");
    }

    @Test
    void aRefusedEventIsAnsweredAndTheOthersAreStillPlanned() {
        ObjectNode bad = event("E-1", "Ava", "x");
        bad.remove("summary");
        var validations = validations(bad, event("E-2", "Ava", "ok"));
        var plan = plan(validations, Map.of(), List.of(new LinkDecision.Linked(KNOWN, "same NHS number")), Map.of());

        assertThat(plan.results()).extracting(Result::status).containsExactly(Status.REJECTED, Status.CREATED);
        assertThat(plan.rows()).hasSize(1);
        assertThat(plan.results().get(1).match()).isEqualTo(Match.LINKED);
        assertThat(plan.results().get(1).childId()).isEqualTo(KNOWN);
    }

    @Test
    void aResendIsADuplicateWithTheSameContentAndAConflictWithOther() {
        var original = (EventValidator.Valid) VALIDATOR.validate(event("E-1", "Ava", "first"));
        var sent = Map.of("E-1", new EventStore.Sent(original.event().contentHash(), KNOWN),
                "E-2", new EventStore.Sent(new byte[] {1, 2, 3}, KNOWN));
        var plan = plan(validations(event("E-1", "Ava", "first"), event("E-2", "Ava", "changed")), sent, List.of(),
                Map.of());

        assertThat(plan.results()).extracting(Result::status).containsExactly(Status.DUPLICATE, Status.CONFLICT);
        assertThat(plan.rows()).isEmpty();
        assertThat(plan.recorded().events()).isEmpty();
    }

    @Test
    void theSameEventIdTwiceInOneBatchIsStoredOnce() {
        var validations = validations(event("E-1", "Ava", "same"), event("E-1", "Ava", "same"),
                event("E-1", "Ava", "other"));
        var plan = plan(validations, Map.of(), List.of(new LinkDecision.Linked(KNOWN, "reason")), Map.of());

        assertThat(plan.results()).extracting(Result::status)
                .containsExactly(Status.CREATED, Status.DUPLICATE, Status.CONFLICT);
        assertThat(plan.rows()).hasSize(1);
        assertThat(plan.results()).extracting(Result::childId).containsOnly(KNOWN);
    }

    @Test
    void subjectsOfOneNewPersonBecomeOneNewRecord() {
        var validations = validations(event("E-1", "Ava", "a"), event("E-2", "Ava", "b"));
        var plan = plan(validations, Map.of(), List.of(new LinkDecision.NewPerson(0, "new"),
                new LinkDecision.NewPerson(0, "same new person")), Map.of());

        assertThat(plan.newChildren()).hasSize(1);
        ChildId made = plan.newChildren().getFirst().id();
        assertThat(plan.results()).extracting(Result::childId).containsOnly(made);
        // the first made the record; the second is linked to it
        assertThat(plan.results()).extracting(Result::match).containsExactly(Match.NEW_PERSON, Match.LINKED);
        assertThat(plan.involvements()).singleElement().satisfies(i -> assertThat(i.child()).isEqualTo(made));
    }

    @Test
    void aNearMatchBetweenTheBandsIsAProvisionalRecordForAPersonToReview() {
        var near = new NearMatches.NeedsReview(KNOWN, 12.5, List.of("similar name"), ReviewLabel.NEAR_MATCH);
        var plan = plan(validations(event("E-1", "Ava", "a")), Map.of(),
                List.of(new LinkDecision.NewPerson(0, "new")), Map.of(0, near));

        ChildId provisional = plan.newChildren().getFirst().id();
        assertThat(plan.results().getFirst().match()).isEqualTo(Match.NEEDS_REVIEW);
        assertThat(plan.results().getFirst().childId()).isEqualTo(provisional);
        assertThat(plan.toReview()).singleElement().satisfies(pair -> {
            assertThat(pair.incoming()).isEqualTo(provisional);
            assertThat(pair.candidate()).isEqualTo(KNOWN);
        });
        assertThat(plan.automatic()).isEmpty();
    }

    @Test
    void aNearMatchAboveTheLinkBandIsStoredOnANewRecordAndReportedAsTheKnownChild() {
        var near = new NearMatches.Linked(KNOWN, 30.1, List.of("same name variant"));
        var plan = plan(validations(event("E-1", "Olly", "a"), event("E-2", "Olly", "b")), Map.of(),
                List.of(new LinkDecision.NewPerson(0, "new"), new LinkDecision.NewPerson(0, "same")), Map.of(0, near));

        ChildId provisional = plan.newChildren().getFirst().id();
        assertThat(plan.results()).extracting(Result::childId).containsOnly(KNOWN);
        assertThat(plan.results()).extracting(Result::match).containsOnly(Match.LINKED);
        assertThat(plan.rows()).allSatisfy(row -> assertThat(row.child()).isEqualTo(provisional));
        assertThat(plan.automatic()).singleElement().satisfies(link -> assertThat(link.provisional()).isEqualTo(provisional));
        // the batch's one publication already names the known child, so the merge need not publish again
        assertThat(plan.recorded().events()).extracting(r -> r.child()).containsOnly(KNOWN);
    }

    @Test
    void theBatchPublishesOneEventsRecordedNamingEveryStoredEvent() {
        var plan = plan(validations(event("E-1", "Ava", "a"), event("E-2", "Bo", "b"), event("E-3", "Cy", "c")),
                Map.of(), List.of(new LinkDecision.Linked(KNOWN, "r"), new LinkDecision.NewPerson(0, "n"),
                        new LinkDecision.NewPerson(1, "n")), Map.of());

        assertThat(plan.recorded().events()).hasSize(3);
        assertThat(plan.recorded().fromPartnerFeed()).isTrue();
        assertThat(plan.recorded().correction()).isFalse();
        assertThat(plan.recorded().events()).extracting(r -> r.eventId())
                .containsExactlyElementsOf(plan.rows().stream().map(EventStore.Row::id).toList());
    }

    @Test
    void aHeldLinkIsAProvisionalRecordForAPersonToReviewAndTheSenderIsToldSo() {
        var why = new LinkChecks.Held(ReviewLabel.IDENTIFIER_CONFLICT, 9.5, List.of("identifier conflict"));
        var plan = plan(validations(event("E-1", "Lily", "a"), event("E-2", "Lily", "b")), Map.of(),
                List.of(new LinkDecision.Held(0, KNOWN, null, why), new LinkDecision.Held(0, KNOWN, null, why)), Map.of());

        ChildId provisional = plan.newChildren().getFirst().id();
        assertThat(plan.newChildren()).hasSize(1);
        assertThat(plan.results()).extracting(Result::match).containsOnly(Match.NEEDS_REVIEW);
        assertThat(plan.results()).extracting(Result::childId).containsOnly(provisional);
        assertThat(plan.rows()).allSatisfy(row -> assertThat(row.child()).isEqualTo(provisional));
        assertThat(plan.toReview()).singleElement().satisfies(pair -> {
            assertThat(pair.incoming()).isEqualTo(provisional);
            assertThat(pair.candidate()).isEqualTo(KNOWN);
            assertThat(pair.label()).isEqualTo(ReviewLabel.IDENTIFIER_CONFLICT);
        });
    }

    @Test
    void aSubjectHeldFromANewPersonOfTheBatchIsPairedWithThatPersonsRecord() {
        var why = new LinkChecks.Held(ReviewLabel.POSSIBLE_TWIN, 9.5, List.of("possible twin"));
        var plan = plan(validations(event("E-1", "Christopher", "a"), event("E-2", "Lily", "b")), Map.of(),
                List.of(new LinkDecision.NewPerson(0, "new"), new LinkDecision.Held(1, null, 0, why)), Map.of());

        assertThat(plan.newChildren()).hasSize(2);
        assertThat(plan.toReview()).singleElement().satisfies(pair -> {
            assertThat(pair.incoming()).isEqualTo(plan.newChildren().get(1).id());
            assertThat(pair.candidate()).isEqualTo(plan.newChildren().get(0).id());
        });
    }

    @Test
    void identifiersAreLearnedFromExactLinksAndNewRecordsButNotFromTheMatchersLinks() {
        var near = new NearMatches.Linked(KNOWN, 30.1, List.of("same name variant"));
        var plan = plan(validations(event("E-1", "Olly", "a"), event("E-2", "Ava", "b"), event("E-3", "Bo", "c")),
                Map.of(), List.of(new LinkDecision.NewPerson(0, "new"), new LinkDecision.Linked(KNOWN, "same NHS number"),
                        new LinkDecision.NewPerson(1, "new")), Map.of(0, near));

        ChildId linkedByMatcher = plan.automatic().getFirst().provisional();
        assertThat(plan.sightings()).filteredOn(s -> s.child().equals(linkedByMatcher))
                .allSatisfy(s -> assertThat(s.identifiers()).isFalse());
        assertThat(plan.sightings()).filteredOn(s -> !s.child().equals(linkedByMatcher)).hasSize(2)
                .allSatisfy(s -> assertThat(s.identifiers()).isTrue());
    }
}
