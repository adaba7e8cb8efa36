package org.safeguardinghub.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a sign-in attempt may go on to have its password checked, decided from the failures
 * before it and BEFORE any password hash is computed (issue 18): an account is locked once
 * {@code maxUserFailures} wrong passwords fall within the window since its last good sign-in, and
 * an address is throttled once {@code maxAddressFailures} failures from it fall within the window.
 * A failure counts while it is less than a window old, so a lock ends by itself when enough of its
 * failures have aged out. A refused attempt is no failure: it checked no password. The person
 * signing in is told only that the sign-in failed; the reasons are for the audit log.
 */
public final class SignInThrottlePolicy {

    /** Why an attempt is refused. */
    public enum Reason {
        ACCOUNT_LOCKED, ADDRESS_THROTTLED;

        public String messageKey() {
            return this == ACCOUNT_LOCKED ? "signIn.refused.accountLocked" : "signIn.refused.addressThrottled";
        }
    }

    /** One reason for refusing, with the instant it stops applying. */
    public record Refusal(Reason reason, int failures, Instant until) {

        public List<Object> args() {
            return List.of(failures, until);
        }
    }

    /** Allowed when there are no refusals; otherwise refused until the last of them ends. */
    public record Decision(List<Refusal> refusals) {

        public boolean allowed() {
            return refusals.isEmpty();
        }

        public Optional<Instant> until() {
            return refusals.stream().map(Refusal::until).max(Instant::compareTo);
        }

        /** For the audit log: each reason with its failures and end. */
        public String auditDetail() {
            return String.join("; ", refusals.stream()
                    .map(r -> r.reason() + " after " + r.failures() + " failures until " + r.until()).toList());
        }
    }

    private final int maxUserFailures;
    private final int maxAddressFailures;
    private final Duration window;

    public SignInThrottlePolicy(int maxUserFailures, int maxAddressFailures, Duration window) {
        if (maxUserFailures < 1 || maxAddressFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Limits must be at least 1 and the window positive");
        }
        this.maxUserFailures = maxUserFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
    }

    /**
     * @param userFailures    this username's failed attempts since its last good sign-in (any order)
     * @param addressFailures failed attempts from this address (any order)
     */
    public Decision decide(List<Instant> userFailures, List<Instant> addressFailures, Instant now) {
        List<Refusal> refusals = new ArrayList<>(2);
        refusal(Reason.ACCOUNT_LOCKED, userFailures, maxUserFailures, now).ifPresent(refusals::add);
        refusal(Reason.ADDRESS_THROTTLED, addressFailures, maxAddressFailures, now).ifPresent(refusals::add);
        return new Decision(List.copyOf(refusals));
    }

    /** How far back failures still count, for the store's query. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    private Optional<Refusal> refusal(Reason reason, List<Instant> failures, int max, Instant now) {
        Instant start = windowStart(now);
        List<Instant> counted = failures.stream().filter(at -> at.isAfter(start) && !at.isAfter(now)).sorted().toList();
        if (counted.size() < max) {
            return Optional.empty();
        }
        // Allowed again once all but max - 1 of the counted failures are a window old.
        Instant until = counted.get(counted.size() - max).plus(window);
        return Optional.of(new Refusal(reason, counted.size(), until));
    }
}
