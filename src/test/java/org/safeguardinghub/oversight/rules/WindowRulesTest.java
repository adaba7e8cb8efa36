package org.safeguardinghub.oversight.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.oversight.rules.TestFacts.HOSPITAL_A;
import static org.safeguardinghub.oversight.rules.TestFacts.HOSPITAL_B;
import static org.safeguardinghub.oversight.rules.TestFacts.POLICE;
import static org.safeguardinghub.oversight.rules.TestFacts.SCHOOL;
import static org.safeguardinghub.oversight.rules.TestFacts.SOCIAL_CARE;
import static org.safeguardinghub.oversight.rules.TestFacts.T0;
import static org.safeguardinghub.oversight.rules.TestFacts.contact;
import static org.safeguardinghub.oversight.rules.TestFacts.event;
import static org.safeguardinghub.oversight.rules.TestFacts.facts;
import static org.safeguardinghub.oversight.rules.TestFacts.plusMonths;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;

/**
 * The count-in-a-window rules of contract v1 at, just under and just over their thresholds:
 * REPEAT_CONTACTS (3 in 12 months), ED_ATTENDANCE_PATTERN (3 in 12 months) and
 * MULTI_AGENCY_CONCERN (3 agencies in 6 months). Windows include both ends.
 */
class WindowRulesTest {

    static final RuleSettings DEFAULTS = RuleSettings.defaults();
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void threeContactsWithinTwelveMonthsAreRepeatContacts() {
        EventFact a = contact(T0);
        EventFact b = contact(T0.plus(Duration.ofDays(100)));
        EventFact c = contact(plusMonths(T0, 12));
        Evaluation met = new RepeatContacts().evaluate(facts(a, b, c), DEFAULTS, NOW);
        assertThat(met.finding()).hasValueSatisfying(f -> assertThat(f.evidence())
                .containsExactlyInAnyOrder(a.eventId(), b.eventId(), c.eventId()));
    }

    @Test
    void twoContactsAreNotAndThreeSpreadOverMoreThanTwelveMonthsAreNot() {
        assertThat(new RepeatContacts().evaluate(facts(contact(T0), contact(T0.plus(Duration.ofDays(5)))), DEFAULTS, NOW)
                .finding()).isEmpty();
        EventFact late = contact(plusMonths(T0, 12).plus(Duration.ofMinutes(1)));
        assertThat(new RepeatContacts().evaluate(facts(contact(T0), contact(T0.plus(Duration.ofDays(100))), late),
                DEFAULTS, NOW).finding()).isEmpty();
    }

    @Test
    void windowsAreBetweenTheEventsNotBackFromToday() {
        Instant longAgo = Instant.parse("2015-02-01T10:00:00Z");
        assertThat(new RepeatContacts().evaluate(facts(contact(longAgo), contact(longAgo.plus(Duration.ofDays(30))),
                contact(longAgo.plus(Duration.ofDays(60)))), DEFAULTS, NOW).finding()).isPresent();
    }

    @Test
    void theNumbersAreSettings() {
        RuleSettings four = RuleSettings.with(Map.of(RuleParameter.REPEAT_CONTACTS_COUNT, 4));
        ChildFacts three = facts(contact(T0), contact(T0.plus(Duration.ofDays(1))), contact(T0.plus(Duration.ofDays(2))));
        assertThat(new RepeatContacts().evaluate(three, four, NOW).finding()).isEmpty();
        assertThat(new RepeatContacts().evaluate(three, DEFAULTS, NOW).finding()).isPresent();
    }

    @Test
    void edAttendancesCountAcrossYearsAndHospitals() {
        EventFact december = event(EventType.ED_ATTENDANCE, Instant.parse("2024-12-20T22:00:00Z"), HOSPITAL_A, Significance.ROUTINE);
        EventFact january = event(EventType.ED_ATTENDANCE, Instant.parse("2025-01-15T22:00:00Z"), HOSPITAL_B, Significance.ROUTINE);
        EventFact march = event(EventType.ED_ATTENDANCE, Instant.parse("2025-03-02T03:00:00Z"), HOSPITAL_A, Significance.ROUTINE);
        Evaluation met = new EdAttendancePattern().evaluate(facts(december, january, march), DEFAULTS, NOW);
        assertThat(met.finding()).hasValueSatisfying(f -> {
            assertThat(f.evidence()).hasSize(3);
            assertThat(f.reasons().getFirst().args()).containsExactly(3L, 12L, 3L, 2L);
            assertThat(f.agencies()).containsExactlyInAnyOrder(HOSPITAL_A, HOSPITAL_B);
        });
        assertThat(new EdAttendancePattern().evaluate(facts(december, january), DEFAULTS, NOW).finding()).isEmpty();
    }

    @Test
    void onlyEventsInAQualifyingWindowAreEvidence() {
        EventFact alone = event(EventType.ED_ATTENDANCE, T0);
        EventFact a = event(EventType.ED_ATTENDANCE, plusMonths(T0, 20));
        EventFact b = event(EventType.ED_ATTENDANCE, plusMonths(T0, 21));
        EventFact c = event(EventType.ED_ATTENDANCE, plusMonths(T0, 22));
        assertThat(new EdAttendancePattern().evaluate(facts(alone, a, b, c), DEFAULTS, NOW).finding())
                .hasValueSatisfying(f -> assertThat(f.evidence()).containsExactlyInAnyOrder(a.eventId(), b.eventId(), c.eventId()));
    }

    @Test
    void significantConcernsFromThreeAgenciesWithinSixMonths() {
        EventFact police = event(EventType.POLICE_INCIDENT, T0, POLICE, Significance.SIGNIFICANT);
        EventFact school = event(EventType.SCHOOL_EXCLUSION, T0.plus(Duration.ofDays(40)), SCHOOL, Significance.CRITICAL);
        EventFact hospital = event(EventType.ED_ATTENDANCE, plusMonths(T0, 6), HOSPITAL_A, Significance.SIGNIFICANT);
        assertThat(new MultiAgencyConcern().evaluate(facts(police, school, hospital), DEFAULTS, NOW).finding()).isPresent();
        EventFact tooLate = event(EventType.ED_ATTENDANCE, plusMonths(T0, 6).plus(Duration.ofMinutes(1)), HOSPITAL_A,
                Significance.SIGNIFICANT);
        assertThat(new MultiAgencyConcern().evaluate(facts(police, school, tooLate), DEFAULTS, NOW).finding()).isEmpty();
    }

    @Test
    void routineEventsAndOneAgencysManyConcernsDoNotCount() {
        EventFact police = event(EventType.POLICE_INCIDENT, T0, POLICE, Significance.SIGNIFICANT);
        EventFact moreFromPolice = event(EventType.ARREST, T0.plus(Duration.ofDays(3)), POLICE, Significance.CRITICAL);
        EventFact school = event(EventType.SCHOOL_EXCLUSION, T0.plus(Duration.ofDays(4)), SCHOOL, Significance.SIGNIFICANT);
        EventFact routine = event(EventType.NOTE, T0.plus(Duration.ofDays(5)), SOCIAL_CARE, Significance.ROUTINE);
        assertThat(new MultiAgencyConcern().evaluate(facts(police, moreFromPolice, school, routine), DEFAULTS, NOW)
                .finding()).isEmpty();
    }

    @Test
    void restrictedEvidenceIsFlagged() {
        EventFact a = TestFacts.restricted(event(EventType.ED_ATTENDANCE, T0));
        EventFact b = event(EventType.ED_ATTENDANCE, T0.plus(Duration.ofDays(1)));
        EventFact c = event(EventType.ED_ATTENDANCE, T0.plus(Duration.ofDays(2)));
        assertThat(new EdAttendancePattern().evaluate(facts(a, b, c), DEFAULTS, NOW).finding())
                .hasValueSatisfying(f -> assertThat(f.restrictedContributed()).isTrue());
        assertThat(new EdAttendancePattern().evaluate(facts(b, c, event(EventType.ED_ATTENDANCE, T0)), DEFAULTS, NOW)
                .finding()).hasValueSatisfying(f -> assertThat(f.restrictedContributed()).isFalse());
    }
}
