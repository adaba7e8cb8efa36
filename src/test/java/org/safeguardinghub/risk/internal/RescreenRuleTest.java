package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.TestTools;
import org.safeguardinghub.risk.ToolDefinition;

/** What since the last screening prompts a new one: new concerns and disclosures, CSE contacts, missing episodes rising. */
class RescreenRuleTest {

    static final ToolDefinition.Rescreen RESCREEN = TestTools.small().rescreen();
    static final ChildId CHILD = new ChildId(UUID.randomUUID());
    static final Instant SCREENED = Instant.parse("2026-06-01T12:00:00Z");

    static EventFact fact(EventType type, Instant at, Duration lasting, List<String> categories) {
        return new EventFact(UUID.randomUUID(), null, CHILD, type, UUID.randomUUID(), at, lasting == null ? null : at.plus(lasting),
                Significance.SIGNIFICANT, Sensitivity.STANDARD, categories, null, null);
    }

    static Instant days(int n) {
        return SCREENED.plus(Duration.ofDays(n));
    }

    @Test
    void nothingSinceTheScreeningPromptsNothing() {
        List<EventFact> before = List.of(fact(EventType.EXPLOITATION_CONCERN, days(-3), null, List.of()),
                fact(EventType.MISSING_EPISODE, days(-2), Duration.ofHours(30), List.of()));
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, before)).isEmpty();
    }

    @Test
    void aNewExploitationConcernOrDisclosurePromptsARescreen() {
        EventFact concern = fact(EventType.EXPLOITATION_CONCERN, days(1), null, List.of());
        var triggers = RescreenRule.triggers(RESCREEN, SCREENED, List.of(concern));
        assertThat(triggers).singleElement().satisfies(t -> {
            assertThat(t.reason()).isEqualTo(Reason.of("risk.rescreen.type", 1, "event.types.EXPLOITATION_CONCERN"));
            assertThat(t.events()).containsExactly(concern.eventId());
        });
    }

    @Test
    void onlyAContactAboutCseCounts() {
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, List.of(fact(EventType.CONTACT, days(1), null, List.of("NEGLECT")))))
                .isEmpty();
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, List.of(fact(EventType.CONTACT, days(1), null, List.of("CSE")))))
                .extracting(t -> t.reason().key()).containsExactly("risk.rescreen.contact");
    }

    @Test
    void aMissingEpisodeOverTheHoursSinceTheScreeningPromptsButOneAtTheLimitDoesNot() {
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, List.of(fact(EventType.MISSING_EPISODE, days(1),
                Duration.ofHours(24), List.of())))).isEmpty();
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, List.of(fact(EventType.MISSING_EPISODE, days(1),
                Duration.ofHours(24).plusMinutes(1), List.of())))).extracting(t -> t.reason().key())
                .containsExactly("risk.rescreen.missingLong");
    }

    @Test
    void theThirdMissingEpisodeWithin90DaysPromptsCountingThoseBeforeTheScreening() {
        List<EventFact> two = List.of(fact(EventType.MISSING_EPISODE, days(-50), Duration.ofHours(2), List.of()),
                fact(EventType.MISSING_EPISODE, days(-10), Duration.ofHours(2), List.of()));
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, two)).isEmpty();
        List<EventFact> three = new java.util.ArrayList<>(two);
        three.add(fact(EventType.MISSING_EPISODE, days(39), Duration.ofHours(2), List.of()));
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, three)).singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo(Reason.of("risk.rescreen.missingFrequent", 3, 90)));
        List<EventFact> spread = new java.util.ArrayList<>(two);
        spread.add(fact(EventType.MISSING_EPISODE, days(41), Duration.ofHours(2), List.of()));
        assertThat(RescreenRule.triggers(RESCREEN, SCREENED, spread)).isEmpty();
    }
}
