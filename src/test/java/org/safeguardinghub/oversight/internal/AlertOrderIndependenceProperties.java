package org.safeguardinghub.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.oversight.rules.AlertRule;
import org.safeguardinghub.oversight.rules.ChildFacts;
import org.safeguardinghub.oversight.rules.Evaluation;
import org.safeguardinghub.oversight.rules.RuleSettings;
import org.safeguardinghub.oversight.rules.Rules;

/**
 * Replaying the same events in any order, in any batches, or twice, yields the same open alerts
 * with the same evidence (issue "Oversight", done-when), and that is what the rules find over the
 * whole history at once. The engine's own steps are simulated: on each batch, the rules the
 * batch's events can change are evaluated over the events {@code AlertEngine} would read (those
 * within the batch's span for rules with a reach, all known events for the others), and
 * {@link Reconciliation} decides the change, exactly as the engine does.
 */
class AlertOrderIndependenceProperties {

    static final ChildId CHILD = new ChildId(UUID.nameUUIDFromBytes("property-child".getBytes()));
    static final List<UUID> AGENCIES = List.of(UUID.nameUUIDFromBytes("a".getBytes()), UUID.nameUUIDFromBytes("b".getBytes()),
            UUID.nameUUIDFromBytes("c".getBytes()), UUID.nameUUIDFromBytes("d".getBytes()));
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final LocalDate BORN = LocalDate.of(2011, 9, 1);
    static final RuleSettings SETTINGS = RuleSettings.defaults();

    @Property(tries = 300)
    void anyOrderAnyBatchesOrTwiceGiveWhatTheWholeHistoryGives(@ForAll("histories") List<EventFact> events,
                                                                @ForAll long seed) {
        Random random = new Random(seed);
        List<EventFact> shuffled = new ArrayList<>(events);
        java.util.Collections.shuffle(shuffled, random);
        shuffled.addAll(events.subList(0, events.size() / 2));
        assertThat(replay(batches(shuffled, random))).isEqualTo(wholeHistory(events));
    }

    /** What every rule finds over every event at once, code by code. */
    static Map<AlertCode, Set<UUID>> wholeHistory(List<EventFact> events) {
        Map<AlertCode, Set<UUID>> found = new EnumMap<>(AlertCode.class);
        for (AlertRule rule : Rules.ALL) {
            rule.evaluate(new ChildFacts(CHILD, BORN, events), SETTINGS, NOW).finding()
                    .ifPresent(f -> found.put(rule.code(), f.evidence()));
        }
        return found;
    }

    /** What the engine would leave open, code by code, after these batches arrive in turn. */
    static Map<AlertCode, Set<UUID>> replay(List<List<EventFact>> batches) {
        Map<UUID, EventFact> known = new java.util.LinkedHashMap<>();
        Map<AlertCode, Reconciliation.Held> open = new EnumMap<>(AlertCode.class);
        for (List<EventFact> batch : batches) {
            List<EventFact> fresh = batch.stream().filter(e -> known.putIfAbsent(e.eventId(), e) == null).toList();
            Optional<Scope> scope = fresh.stream().map(e -> Scope.of(recorded(e), false)).reduce(Scope::and);
            if (scope.isEmpty()) {
                continue;
            }
            Optional<EventFacts.Span> span = scope.get().span(SETTINGS);
            List<EventFact> around = known.values().stream().filter(e -> span.isPresent()
                    && !e.occurredAt().isBefore(span.get().from()) && !e.occurredAt().isAfter(span.get().to())).toList();
            for (AlertRule rule : Rules.ALL) {
                if (!scope.get().codes().contains(rule.code())) {
                    continue;
                }
                boolean grows = scope.get().grows(rule, SETTINGS);
                Evaluation evaluation = rule.evaluate(new ChildFacts(CHILD, BORN, grows ? around : List.copyOf(known.values())),
                        SETTINGS, NOW);
                Optional<Reconciliation.Held> held = Optional.ofNullable(open.get(rule.code()));
                (grows ? Reconciliation.grow(evaluation.finding(), held, rule, SETTINGS)
                        : Reconciliation.reconcile(evaluation.finding(), held)).ifPresent(change -> {
                    switch (change) {
                        case Reconciliation.Raise raise -> open.put(rule.code(), new Reconciliation.Held(UUID.randomUUID(), raise.finding()));
                        case Reconciliation.Replace replace -> open.put(rule.code(), new Reconciliation.Held(replace.alertId(), replace.finding()));
                        case Reconciliation.Withdraw withdraw -> open.remove(rule.code());
                    }
                });
            }
        }
        Map<AlertCode, Set<UUID>> evidence = new EnumMap<>(AlertCode.class);
        open.forEach((code, held) -> evidence.put(code, held.finding().evidence()));
        return evidence;
    }

    static EventsRecorded.Recorded recorded(EventFact e) {
        return new EventsRecorded.Recorded(CHILD, e.eventId(), e.type(), e.significance(), e.agencyId(), e.occurredAt());
    }

    static List<List<EventFact>> batches(List<EventFact> events, Random random) {
        List<List<EventFact>> batches = new ArrayList<>();
        int i = 0;
        while (i < events.size()) {
            int size = 1 + random.nextInt(4);
            batches.add(events.subList(i, Math.min(events.size(), i + size)));
            i += size;
        }
        return batches;
    }

    @Provide
    Arbitrary<List<EventFact>> histories() {
        Arbitrary<EventFact> event = Combinators.combine(
                Arbitraries.of(EventType.CONTACT, EventType.ED_ATTENDANCE, EventType.MISSING_EPISODE,
                        EventType.RETURN_INTERVIEW, EventType.EXPLOITATION_CONCERN, EventType.POLICE_INCIDENT),
                Arbitraries.integers().between(0, 3 * 365 * 24),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(Significance.values()),
                Arbitraries.integers().between(0, 80),
                Arbitraries.of(true, false))
                .as((type, hours, agency, significance, length, flag) -> fact(type, START.plus(Duration.ofHours(hours)),
                        AGENCIES.get(agency), significance, length, flag));
        return event.list().ofMinSize(0).ofMaxSize(25).uniqueElements(EventFact::eventId);
    }

    static EventFact fact(EventType type, Instant at, UUID agency, Significance significance, int hours, boolean flag) {
        UUID id = UUID.randomUUID();
        Instant ended = type == EventType.MISSING_EPISODE && flag ? at.plus(Duration.ofHours(hours)) : null;
        List<String> categories = type == EventType.CONTACT && flag ? List.of("CSE") : List.of();
        return new EventFact(id, "E-" + id, CHILD, type, agency, at, ended, significance,
                flag && type == EventType.ED_ATTENDANCE ? Sensitivity.HEALTH : Sensitivity.STANDARD, categories, at,
                null);
    }

}
