package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.missing.TestReports.T0;
import static org.safeguardinghub.missing.TestReports.episode;
import static org.safeguardinghub.missing.TestReports.interview;
import static org.safeguardinghub.missing.TestReports.plusDays;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.missing.Episode;
import org.safeguardinghub.missing.MissingProperties;
import org.safeguardinghub.missing.ReportSource;
import org.safeguardinghub.missing.TestReports;

/**
 * MISSING_TREND and RETURN_INTERVIEW_OVERDUE at, just under and just over the contract's thresholds
 * (spec/event-feed.md, "Alert codes (v1)"): the cases the chronology rules were held to
 * (oversight's TimeRulesTest) now held to this module's rules over merged episodes.
 */
class AlertRulesTest {

    static final MissingProperties DEFAULTS = MissingProperties.defaults();
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration WITHIN = Duration.ofHours(72);

    /** Days are days in England: across the change to summer time, 90 days are an hour short of 90 × 24 hours. */
    @Test
    void threeEpisodesWithinNinetyDays() {
        RuleOutcome met = MissingTrendRule.evaluate(List.of(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(45)), HOUR),
                episode(plusDays(T0, 90), HOUR.multipliedBy(2))), DEFAULTS);
        assertThat(met.reasons()).extracting(RuleOutcome.Reason::key).contains("MISSING_TREND.frequent");
        assertThat(met.reasons().getFirst().args()).containsExactly(3L, 90L);
        RuleOutcome notMet = MissingTrendRule.evaluate(List.of(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(45)), HOUR),
                episode(plusDays(T0, 90).plusSeconds(1), HOUR.multipliedBy(2))), DEFAULTS);
        assertThat(notMet.met()).isFalse();
    }

    @Test
    void anEpisodeOverTwentyFourHours() {
        assertThat(MissingTrendRule.evaluate(List.of(episode(T0, Duration.ofHours(24))), DEFAULTS).met()).isFalse();
        Episode overADay = episode(T0, Duration.ofHours(24).plusMinutes(1));
        RuleOutcome met = MissingTrendRule.evaluate(List.of(overADay), DEFAULTS);
        assertThat(met.evidence()).containsExactlyElementsOf(overADay.eventIds());
        assertThat(met.reasons()).containsExactly(RuleOutcome.Reason.of("MISSING_TREND.long", 24, 24));
    }

    @Test
    void eachOfTheLastThreeEpisodesLongerThanTheOneBefore() {
        List<Episode> rising = List.of(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(100)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(200)), HOUR.multipliedBy(3)));
        assertThat(MissingTrendRule.evaluate(rising, DEFAULTS).reasons()).extracting(RuleOutcome.Reason::key)
                .containsExactly("MISSING_TREND.rising");
        List<Episode> level = List.of(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(100)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(200)), HOUR.multipliedBy(2)));
        assertThat(MissingTrendRule.evaluate(level, DEFAULTS).met()).isFalse();
        List<Episode> fallingLast = List.of(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(100)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(200)), HOUR.multipliedBy(3)), episode(T0.plus(Duration.ofDays(300)), HOUR));
        assertThat(MissingTrendRule.evaluate(fallingLast, DEFAULTS).met()).isFalse();
    }

    @Test
    void anOngoingEpisodeCountsTowardsFrequencyButHasNoLengthYet() {
        List<Episode> episodes = List.of(episode(T0, HOUR), episode(T0.plus(Duration.ofDays(10)), HOUR.multipliedBy(2)),
                episode(T0.plus(Duration.ofDays(20)), null));
        RuleOutcome outcome = MissingTrendRule.evaluate(episodes, DEFAULTS);
        assertThat(outcome.reasons()).extracting(RuleOutcome.Reason::key).containsExactly("MISSING_TREND.frequent");
    }

    @Test
    void theHomesAndThePolicesReportOfOneNightAreOneEpisodeNotTwo() {
        Episode night = Episode.of(java.util.UUID.randomUUID(), TestReports.CHILD, List.of(
                TestReports.report(TestReports.HOME, ReportSource.FORM, T0, T0.plus(HOUR.multipliedBy(3))),
                TestReports.report(TestReports.POLICE, ReportSource.FEED, T0.plus(HOUR), T0.plus(HOUR.multipliedBy(2)))));
        RuleOutcome twoEpisodes = MissingTrendRule.evaluate(List.of(night, episode(T0.plus(Duration.ofDays(3)), HOUR)),
                DEFAULTS);
        assertThat(twoEpisodes.met()).as("two episodes, four reports' worth of events").isFalse();
        RuleOutcome three = MissingTrendRule.evaluate(List.of(night, episode(T0.plus(Duration.ofDays(3)), HOUR),
                episode(T0.plus(Duration.ofDays(5)), HOUR)), DEFAULTS);
        assertThat(three.evidence()).hasSize(4).containsAll(night.eventIds());
        assertThat(three.agencies()).contains(TestReports.HOME, TestReports.POLICE);
    }

    @Test
    void restrictedReportsAreSaidToHaveContributed() {
        Episode restricted = Episode.of(java.util.UUID.randomUUID(), TestReports.CHILD, List.of(restricted(
                TestReports.report(TestReports.POLICE, ReportSource.FEED, T0, T0.plus(Duration.ofHours(30))))));
        assertThat(MissingTrendRule.evaluate(List.of(restricted), DEFAULTS).restricted()).isTrue();
        assertThat(MissingTrendRule.evaluate(List.of(episode(T0, Duration.ofHours(30))), DEFAULTS).restricted()).isFalse();
    }

    @Test
    void aReturnInterviewOfferedWithinSeventyTwoHoursMeetsTheDuty() {
        Episode missing = episode(T0, HOUR);
        Instant returned = missing.endedAt();
        Instant later = returned.plus(Duration.ofDays(10));
        assertThat(ReturnInterviewOverdueRule.evaluate(List.of(missing), List.of(interview(returned.plus(WITHIN), null)),
                WITHIN, later).met()).isFalse();
        RuleOutcome late = ReturnInterviewOverdueRule.evaluate(List.of(missing),
                List.of(interview(returned.plus(WITHIN).plusSeconds(1), null)), WITHIN, later);
        assertThat(late.evidence()).containsExactlyElementsOf(missing.eventIds());
        assertThat(late.reasons()).containsExactly(RuleOutcome.Reason.of("RETURN_INTERVIEW_OVERDUE", 1, 72));
    }

    @Test
    void noInterviewIsOverdueOnlyOnceSeventyTwoHoursHavePassed() {
        Episode missing = episode(T0, HOUR);
        Instant deadline = missing.endedAt().plus(WITHIN);
        RuleOutcome before = ReturnInterviewOverdueRule.evaluate(List.of(missing), List.of(), WITHIN, deadline.minusSeconds(1));
        assertThat(before.met()).isFalse();
        assertThat(before.recheckAt()).contains(deadline);
        RuleOutcome at = ReturnInterviewOverdueRule.evaluate(List.of(missing), List.of(), WITHIN, deadline);
        assertThat(at.met()).isTrue();
        assertThat(at.recheckAt()).isEmpty();
    }

    @Test
    void anInterviewNamingAnotherEpisodeDoesNotCountAndOngoingEpisodesWait() {
        Episode missing = episode(T0, HOUR);
        Instant now = T0.plus(Duration.ofDays(30));
        assertThat(ReturnInterviewOverdueRule.evaluate(List.of(missing),
                List.of(interview(missing.endedAt().plus(HOUR), "SOME-OTHER-EPISODE")), WITHIN, now).met()).isTrue();
        assertThat(ReturnInterviewOverdueRule.evaluate(List.of(missing),
                List.of(interview(missing.endedAt().plus(HOUR), missing.reports().getFirst().sourceEventId())), WITHIN, now)
                .met()).isFalse();
        assertThat(ReturnInterviewOverdueRule.evaluate(List.of(episode(T0, null)), List.of(), WITHIN, now).met()).isFalse();
    }

    @Test
    void anInterviewNamingEitherReportOfAMergedEpisodeCounts() {
        var home = TestReports.report(TestReports.HOME, ReportSource.FORM, T0, T0.plus(HOUR.multipliedBy(3)));
        var police = TestReports.report(TestReports.POLICE, ReportSource.FEED, T0.plus(HOUR), T0.plus(HOUR.multipliedBy(2)));
        Episode merged = Episode.of(java.util.UUID.randomUUID(), TestReports.CHILD, List.of(home, police));
        Instant now = T0.plus(Duration.ofDays(30));
        for (String name : List.of(home.eventId().toString(), home.id().toString(), police.sourceEventId())) {
            assertThat(ReturnInterviewOverdueRule.evaluate(List.of(merged), List.of(interview(merged.endedAt(), name)),
                    WITHIN, now).met()).as(name).isFalse();
        }
    }

    static org.safeguardinghub.missing.Report restricted(org.safeguardinghub.missing.Report r) {
        return new org.safeguardinghub.missing.Report(r.id(), r.version(), r.child(), r.source(), r.agencyId(), r.eventId(),
                r.sourceEventId(), r.from(), r.absence(), r.reportedToPolice(), r.policeReference(), r.grading(),
                r.startedAt(), r.endedAt(), r.foundAt(), r.foundWith(), r.injuries(), r.intoxicated(), r.disclosures(),
                Sensitivity.POLICE_INTELLIGENCE, r.recordedBy(), r.recordedAt());
    }
}
