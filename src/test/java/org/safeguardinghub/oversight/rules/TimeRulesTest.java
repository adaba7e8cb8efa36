package org.safeguardinghub.oversight.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.oversight.rules.TestFacts.T0;
import static org.safeguardinghub.oversight.rules.TestFacts.born;
import static org.safeguardinghub.oversight.rules.TestFacts.contact;
import static org.safeguardinghub.oversight.rules.TestFacts.episode;
import static org.safeguardinghub.oversight.rules.TestFacts.event;
import static org.safeguardinghub.oversight.rules.TestFacts.facts;
import static org.safeguardinghub.oversight.rules.TestFacts.returnInterview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;

/**
 * MISSING_TREND, RETURN_INTERVIEW_OVERDUE and EXPLOITATION_UNDER_13 at, just under and just over
 * their thresholds (spec/event-feed.md, "Alert codes (v1)").
 */
class TimeRulesTest {

    static final RuleSettings DEFAULTS = RuleSettings.defaults();
    static final Duration HOUR = Duration.ofHours(1);

    /** Days are days in England: across the change to summer time, 90 days are an hour short of 90 × 24 hours. */
    @Test
    void threeEpisodesWithinNinetyDays() {
        Evaluation met = new MissingTrend().evaluate(facts(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(45)), HOUR),
                episode(TestFacts.plusDays(T0, 90), HOUR.multipliedBy(2))), DEFAULTS, T0);
        assertThat(met.finding()).hasValueSatisfying(f -> assertThat(f.reasons()).extracting(Finding.Reason::key)
                .contains("MISSING_TREND.frequent"));
        Evaluation notMet = new MissingTrend().evaluate(facts(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(45)), HOUR),
                episode(TestFacts.plusDays(T0, 90).plusSeconds(1), HOUR.multipliedBy(2))), DEFAULTS, T0);
        assertThat(notMet.finding()).isEmpty();
    }

    @Test
    void anEpisodeOverTwentyFourHours() {
        assertThat(new MissingTrend().evaluate(facts(episode(T0, Duration.ofHours(24))), DEFAULTS, T0).finding()).isEmpty();
        EventFact overADay = episode(T0, Duration.ofHours(24).plusMinutes(1));
        assertThat(new MissingTrend().evaluate(facts(overADay), DEFAULTS, T0).finding())
                .hasValueSatisfying(f -> assertThat(f.evidence()).containsExactly(overADay.eventId()));
    }

    @Test
    void eachOfTheLastThreeEpisodesLongerThanTheOneBefore() {
        ChildFacts rising = facts(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(100)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(200)), HOUR.multipliedBy(3)));
        assertThat(new MissingTrend().evaluate(rising, DEFAULTS, T0).finding()).hasValueSatisfying(f ->
                assertThat(f.reasons()).extracting(Finding.Reason::key).containsExactly("MISSING_TREND.rising"));
        ChildFacts level = facts(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(100)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(200)), HOUR.multipliedBy(2)));
        assertThat(new MissingTrend().evaluate(level, DEFAULTS, T0).finding()).isEmpty();
        ChildFacts fallingLast = facts(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(100)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(200)), HOUR.multipliedBy(3)), episode(T0.plus(Duration.ofDays(300)), HOUR));
        assertThat(new MissingTrend().evaluate(fallingLast, DEFAULTS, T0).finding()).isEmpty();
    }

    @Test
    void aReturnInterviewOfferedWithinSeventyTwoHoursMeetsTheDuty() {
        EventFact missing = episode(T0, HOUR);
        Instant returned = missing.endedAt();
        Instant later = returned.plus(Duration.ofDays(10));
        assertThat(new ReturnInterviewOverdue().evaluate(facts(missing,
                returnInterview(returned.plus(Duration.ofHours(72)), null)), DEFAULTS, later).finding()).isEmpty();
        Evaluation late = new ReturnInterviewOverdue().evaluate(facts(missing,
                returnInterview(returned.plus(Duration.ofHours(72)).plusSeconds(1), null)), DEFAULTS, later);
        assertThat(late.finding()).hasValueSatisfying(f -> assertThat(f.evidence()).containsExactly(missing.eventId()));
    }

    @Test
    void noInterviewIsOverdueOnlyOnceSeventyTwoHoursHavePassed() {
        EventFact missing = episode(T0, HOUR);
        Instant deadline = missing.endedAt().plus(Duration.ofHours(72));
        Evaluation before = new ReturnInterviewOverdue().evaluate(facts(missing), DEFAULTS, deadline.minusSeconds(1));
        assertThat(before.finding()).isEmpty();
        assertThat(before.recheckAt()).contains(deadline);
        Evaluation at = new ReturnInterviewOverdue().evaluate(facts(missing), DEFAULTS, deadline);
        assertThat(at.finding()).isPresent();
        assertThat(at.recheckAt()).isEmpty();
    }

    @Test
    void anInterviewNamingAnotherEpisodeDoesNotCountAndOngoingEpisodesWait() {
        EventFact missing = episode(T0, HOUR);
        Instant now = T0.plus(Duration.ofDays(30));
        assertThat(new ReturnInterviewOverdue().evaluate(facts(missing,
                returnInterview(missing.endedAt().plus(HOUR), "SOME-OTHER-EPISODE")), DEFAULTS, now).finding()).isPresent();
        assertThat(new ReturnInterviewOverdue().evaluate(facts(missing,
                returnInterview(missing.endedAt().plus(HOUR), missing.sourceEventId())), DEFAULTS, now).finding()).isEmpty();
        assertThat(new ReturnInterviewOverdue().evaluate(facts(event(EventType.MISSING_EPISODE, T0)), DEFAULTS, now)
                .finding()).isEmpty();
    }

    @Test
    void exploitationConcernWhenTwelveButNotOnTheThirteenthBirthday() {
        LocalDate birth = LocalDate.of(2012, 6, 1);
        Instant dayBefore = Instant.parse("2025-05-31T12:00:00Z");
        Instant birthday = Instant.parse("2025-06-01T12:00:00Z");
        assertThat(new ExploitationUnder13().evaluate(born(birth, event(EventType.EXPLOITATION_CONCERN, dayBefore)),
                DEFAULTS, birthday).finding()).hasValueSatisfying(f -> assertThat(f.reasons().getFirst().args())
                .containsExactly(13L, 1L));
        assertThat(new ExploitationUnder13().evaluate(born(birth, event(EventType.EXPLOITATION_CONCERN, birthday)),
                DEFAULTS, birthday).finding()).isEmpty();
    }

    @Test
    void aContactCountsOnlyWithCategoryCseAndOnlyWithADateOfBirth() {
        LocalDate birth = LocalDate.of(2015, 1, 1);
        Instant at = Instant.parse("2024-01-01T12:00:00Z");
        assertThat(new ExploitationUnder13().evaluate(born(birth, contact(at, "NEGLECT", "CSE")), DEFAULTS, at).finding())
                .isPresent();
        assertThat(new ExploitationUnder13().evaluate(born(birth, contact(at, "NEGLECT")), DEFAULTS, at).finding()).isEmpty();
        assertThat(new ExploitationUnder13().evaluate(born(null, event(EventType.EXPLOITATION_CONCERN, at)), DEFAULTS, at)
                .finding()).isEmpty();
    }
}
