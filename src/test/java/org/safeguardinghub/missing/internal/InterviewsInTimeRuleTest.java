package org.safeguardinghub.missing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.missing.InterviewsInTime;
import org.safeguardinghub.shared.HubTime;

/**
 * The managers' share of return interviews offered within 72 hours: counted once the 72 hours have
 * passed (not before), in time up to and including the deadline, over the last twelve months.
 */
class InterviewsInTimeRuleTest {

    static final Duration WITHIN = Duration.ofHours(72);
    static final Instant NOW = LocalDateTime.of(2025, 11, 20, 9, 0).atZone(HubTime.ZONE).toInstant();

    static InterviewsInTimeRule.Ended ended(Instant returned, Instant offered) {
        return new InterviewsInTimeRule.Ended(returned, Optional.ofNullable(offered));
    }

    @Test
    void anInterviewOfferedAtTheDeadlineIsInTimeAndOneASecondLaterIsNot() {
        Instant returned = NOW.minus(Duration.ofDays(10));
        Instant deadline = returned.plus(WITHIN);
        InterviewsInTime share = InterviewsInTimeRule.evaluate(List.of(ended(returned, deadline),
                ended(returned, deadline.plusSeconds(1)), ended(returned, null)), WITHIN, NOW);
        assertThat(share.counted()).isEqualTo(3);
        assertThat(share.inTime()).isEqualTo(1);
        assertThat(share.percent()).hasValue(33);
        assertThat(share.reasonKey()).isEqualTo("missing.managers.interviews.share");
        assertThat(share.args()).containsExactly(33, 1, 3, 72L, 12);
    }

    @Test
    void anEpisodeStillWithinItsSeventyTwoHoursIsNotCountedYetEvenIfOffered() {
        Instant returned = NOW.minus(WITHIN).plusNanos(1);
        InterviewsInTime share = InterviewsInTimeRule.evaluate(List.of(ended(returned, returned.plusSeconds(60)),
                ended(returned, null)), WITHIN, NOW);
        assertThat(share.counted()).isZero();
        assertThat(share.percent()).isEmpty();
        assertThat(share.reasonKey()).isEqualTo("missing.managers.interviews.none");
        assertThat(share.args()).containsExactly(72L, 12);
        // at the deadline itself it is counted: RETURN_INTERVIEW_OVERDUE is raised then with none offered
        InterviewsInTime atDeadline = InterviewsInTimeRule.evaluate(List.of(ended(NOW.minus(WITHIN), null)), WITHIN, NOW);
        assertThat(atDeadline.counted()).isEqualTo(1);
        assertThat(atDeadline.percent()).hasValue(0);
    }

    @Test
    void theDeadlineIsSeventyTwoHoursThatPassAcrossTheChangeBackToGreenwichTime() {
        // returned Friday 24 October 2025 10:00 BST; the clocks go back on the Sunday, so the deadline is 09:00 GMT on Monday
        Instant returned = LocalDateTime.of(2025, 10, 24, 10, 0).atZone(HubTime.ZONE).toInstant();
        Instant nineOnMonday = LocalDateTime.of(2025, 10, 27, 9, 0).atZone(HubTime.ZONE).toInstant();
        assertThat(InterviewsInTimeRule.evaluate(List.of(ended(returned, nineOnMonday)), WITHIN, NOW).inTime()).isEqualTo(1);
        assertThat(InterviewsInTimeRule.evaluate(List.of(ended(returned, nineOnMonday.plusSeconds(1))), WITHIN, NOW)
                .inTime()).isZero();
        assertThat(InterviewsInTimeRule.evaluate(List.of(ended(returned, null)), WITHIN, nineOnMonday.minusNanos(1))
                .counted()).isZero();
    }

    @Test
    void onlyEpisodesThatEndedInTheLastTwelveMonthsAreCounted() {
        Instant from = LocalDateTime.of(2024, 11, 20, 9, 0).atZone(HubTime.ZONE).toInstant();
        assertThat(InterviewsInTimeRule.periodFrom(NOW)).isEqualTo(from);
        InterviewsInTime share = InterviewsInTimeRule.evaluate(List.of(ended(from, from), ended(from.minusNanos(1), null)),
                WITHIN, NOW);
        assertThat(share.counted()).isEqualTo(1);
        assertThat(share.percent()).hasValue(100);
        assertThat(share.from()).isEqualTo(from);
        assertThat(share.to()).isEqualTo(NOW);
    }

    @Test
    void thePercentageIsRoundedHalfUp() {
        List<InterviewsInTimeRule.Ended> episodes = new ArrayList<>();
        Instant returned = NOW.minus(Duration.ofDays(30));
        for (int i = 0; i < 8; i++) {
            episodes.add(ended(returned, i < 5 ? returned : null));
        }
        // 5 of 8 is 62.5%
        assertThat(InterviewsInTimeRule.evaluate(episodes, WITHIN, NOW).percent()).hasValue(63);
    }

    /** Offered at the deadline or any time before it (after the return) is in time; any moment after it is late. */
    @Property
    void inTimeExactlyWhenOfferedByTheDeadline(@ForAll @LongRange(min = -300_000, max = 300_000) long offsetSeconds,
                                               @ForAll @LongRange(min = 0, max = 300) long daysAgo) {
        Instant returned = NOW.minus(WITHIN).minus(Duration.ofDays(daysAgo));
        Instant deadline = returned.plus(WITHIN);
        Instant offered = deadline.plusSeconds(offsetSeconds);
        InterviewsInTime share = InterviewsInTimeRule.evaluate(List.of(ended(returned, offered)), WITHIN, NOW);
        assertThat(share.counted()).isEqualTo(1);
        assertThat(share.inTime()).isEqualTo(offsetSeconds <= 0 ? 1 : 0);
    }

    /** Counted exactly when the 72 hours have passed, offered or not. */
    @Property
    void countedExactlyOnceTheDeadlineHasCome(@ForAll @LongRange(min = -500_000, max = 500_000) long secondsSinceDeadline,
                                              @ForAll boolean offered) {
        Instant returned = NOW.minus(WITHIN).minusSeconds(secondsSinceDeadline);
        InterviewsInTime share = InterviewsInTimeRule.evaluate(List.of(ended(returned, offered ? returned : null)), WITHIN,
                NOW);
        assertThat(share.counted()).isEqualTo(secondsSinceDeadline >= 0 ? 1 : 0);
    }

    /** The share is never above 100 or below 0 and agrees with the counts. */
    @Property
    void theShareAgreesWithTheCounts(@ForAll @IntRange(min = 1, max = 200) int counted, @ForAll @IntRange(min = 0, max = 200) int late) {
        int inTime = Math.max(0, counted - late);
        List<InterviewsInTimeRule.Ended> episodes = new ArrayList<>();
        Instant returned = NOW.minus(Duration.ofDays(20));
        for (int i = 0; i < counted; i++) {
            episodes.add(ended(returned, i < inTime ? returned.plusSeconds(1) : null));
        }
        InterviewsInTime share = InterviewsInTimeRule.evaluate(episodes, WITHIN, NOW);
        assertThat(share.counted()).isEqualTo(counted);
        assertThat(share.inTime()).isEqualTo(inTime);
        assertThat(share.percent().getAsInt()).isBetween(0, 100).isEqualTo((int) Math.round(inTime * 100.0 / counted));
    }
}
