package org.safeguardinghub.oversight;

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
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.oversight.rules.AlertRule;
import org.safeguardinghub.oversight.rules.ChildFacts;
import org.safeguardinghub.oversight.rules.Evaluation;
import org.safeguardinghub.oversight.rules.RuleSettings;
import org.safeguardinghub.oversight.rules.Rules;

/**
 * Replaying the same events in any order, in any batches, or twice, yields the same open alerts
 * with the same evidence (issue "Oversight", done-when). The engine's own steps are simulated:
 * on each batch, the rules the batch's events can change are evaluated over every event known so
 * far and {@link Reconciliation} decides the change, exactly as {@code AlertEngine} does.
 */
class AlertOrderIndependenceProperties {

    static final ChildId CHILD = new ChildId(UUID.nameUUIDFromBytes("property-child".getBytes()));
    static final List<UUID> AGENCIES = List.of(UUID.nameUUIDFromBytes("a".getBytes()), UUID.nameUUIDFromBytes("b".getBytes()),
            UUID.nameUUIDFromBytes("c".getBytes()), UUID.nameUUIDFromBytes("d".getBytes()));
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final LocalDate BORN = LocalDate.of(2011, 9, 1);

    @Property(tries = 300)
    void anyOrderAnyBatchesOrTwiceGiveTheSameAlerts(@ForAll("histories") List<EventFact> events, @ForAll long seed) {
        Map<AlertCode, Set<UUID>> allAtOnce = replay(List.of(events));
        Random random = new Random(seed);
        List<EventFact> shuffled = new ArrayList<>(events);
        java.util.Collections.shuffle(shuffled, random);
        shuffled.addAll(events.subList(0, events.size() / 2));
        assertThat(replay(batches(shuffled, random))).isEqualTo(allAtOnce);
    }

    /** What the engine would leave open, code by code, after these batches arrive in turn. */
    static Map<AlertCode, Set<UUID>> replay(List<List<EventFact>> batches) {
        Map<UUID, EventFact> known = new java.util.LinkedHashMap<>();
        Map<AlertCode, UUID> openIds = new EnumMap<>(AlertCode.class);
        Map<AlertCode, Set<UUID>> open = new EnumMap<>(AlertCode.class);
        for (List<EventFact> batch : batches) {
            List<EventFact> fresh = batch.stream().filter(e -> known.putIfAbsent(e.eventId(), e) == null).toList();
            for (AlertRule rule : Rules.ALL) {
                boolean affected = fresh.stream().anyMatch(e -> rule.watches().contains(e.type())
                        || (rule.watchesSignificantEvents() && e.significance() != Significance.ROUTINE));
                if (!affected) {
                    continue;
                }
                Evaluation evaluation = rule.evaluate(new ChildFacts(CHILD, BORN, List.copyOf(known.values())),
                        RuleSettings.defaults(), NOW);
                Optional<Reconciliation.Change> change = Reconciliation.reconcile(evaluation.finding(),
                        Optional.ofNullable(openIds.get(rule.code())), open.getOrDefault(rule.code(), Set.of()));
                change.ifPresent(c -> {
                    switch (c) {
                        case Reconciliation.Raise raise -> {
                            openIds.put(rule.code(), UUID.randomUUID());
                            open.put(rule.code(), raise.finding().evidence());
                        }
                        case Reconciliation.Replace replace -> open.put(rule.code(), replace.finding().evidence());
                        case Reconciliation.Withdraw withdraw -> {
                            openIds.remove(rule.code());
                            open.remove(rule.code());
                        }
                    }
                });
            }
        }
        return open;
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
