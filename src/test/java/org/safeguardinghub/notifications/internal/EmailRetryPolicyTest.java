package org.safeguardinghub.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A failed e-mail is tried again after a doubling delay, capped, and given up after the last attempt. */
class EmailRetryPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    final EmailRetryPolicy policy = new EmailRetryPolicy(6, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Example
    void theFirstFailureWaitsTheFirstDelayAndEachFurtherOneTwiceAsLong() {
        assertThat(policy.afterFailure(1, NOW)).isEqualTo(new EmailRetryPolicy.Retry(NOW.plusSeconds(60),
                "email.retry.again", List.of(1, 6, 60L)));
        assertThat(((EmailRetryPolicy.Retry) policy.afterFailure(2, NOW)).at()).isEqualTo(NOW.plusSeconds(120));
        assertThat(((EmailRetryPolicy.Retry) policy.afterFailure(5, NOW)).at()).isEqualTo(NOW.plusSeconds(16 * 60));
    }

    @Example
    void theLastAllowedAttemptFailingGivesUpAndOneBeforeItDoesNot() {
        assertThat(policy.afterFailure(5, NOW)).isInstanceOf(EmailRetryPolicy.Retry.class);
        assertThat(policy.afterFailure(6, NOW)).isEqualTo(new EmailRetryPolicy.GiveUp("email.retry.givenUp", List.of(6, 6)));
    }

    @Example
    void oneAttemptOnlyGivesUpAtOnce() {
        var once = new EmailRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(once.afterFailure(1, NOW)).isInstanceOf(EmailRetryPolicy.GiveUp.class);
    }

    @Example
    void settingsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new EmailRetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailRetryPolicy(3, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailRetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theDelayGrowsNeverShrinksAndNeverPassesTheCap(@ForAll @IntRange(min = 1, max = 10_000) int maxAttempts,
                                                        @ForAll @IntRange(min = 1, max = 100_000) int attempts,
                                                        @ForAll @IntRange(min = 1, max = 3_600) int firstSeconds,
                                                        @ForAll @IntRange(min = 0, max = 86_400) int extraSeconds) {
        var any = new EmailRetryPolicy(maxAttempts, Duration.ofSeconds(firstSeconds),
                Duration.ofSeconds(firstSeconds + extraSeconds));
        Duration delay = any.delayAfter(attempts);
        assertThat(delay).isBetween(any.firstDelay(), any.maxDelay());
        assertThat(any.delayAfter(attempts + 1)).isGreaterThanOrEqualTo(delay);
        EmailRetryPolicy.Outcome outcome = any.afterFailure(attempts, NOW);
        assertThat(outcome instanceof EmailRetryPolicy.GiveUp).isEqualTo(attempts >= maxAttempts);
        if (outcome instanceof EmailRetryPolicy.Retry retry) {
            assertThat(retry.at()).isAfter(NOW).isBeforeOrEqualTo(NOW.plus(any.maxDelay()));
        }
    }
}
