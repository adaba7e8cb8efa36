package org.safeguardinghub.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What becomes of an e-mail whose send failed (issue 18, ADR 0033): tried again after a delay that
 * doubles with each attempt (from {@code firstDelay}, never more than {@code maxDelay}), so a mail
 * server that is down for a while is not hammered, until {@code maxAttempts} sends have failed;
 * then it is given up and marked failed, for an operator to see. Plain Java, no framework.
 *
 * @param maxAttempts how many sends in all before giving up (at least 1)
 * @param firstDelay  the wait after the first failure
 * @param maxDelay    the longest wait between two attempts
 */
public record EmailRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** The decision, with its reason as a message key and arguments. */
    public sealed interface Outcome {
        String reasonKey();

        List<Object> reasonArgs();
    }

    /** Send again at {@code at}. */
    public record Retry(Instant at, String reasonKey, List<Object> reasonArgs) implements Outcome {
    }

    /** Stop trying: the e-mail is marked failed. */
    public record GiveUp(String reasonKey, List<Object> reasonArgs) implements Outcome {
    }

    public EmailRetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("at least one attempt, a positive first delay and a maximum not below it");
        }
    }

    /**
     * @param attempts how many sends have been tried so far, the one that just failed included
     * @param now      when it failed
     */
    public Outcome afterFailure(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return new GiveUp("email.retry.givenUp", List.of(attempts, maxAttempts));
        }
        Duration delay = delayAfter(attempts);
        return new Retry(now.plus(delay), "email.retry.again", List.of(attempts, maxAttempts, delay.toSeconds()));
    }

    /** firstDelay × 2^(attempts − 1), at most maxDelay (no overflow however many attempts). */
    Duration delayAfter(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 62 || firstDelay.toMillis() > (maxDelay.toMillis() >> doublings)) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
