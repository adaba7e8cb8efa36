package org.safeguardinghub.access.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * How long a real password check takes (a moving average), so a sign-in refused without checking
 * a password (unknown username, locked account, throttled address) answers after about as long:
 * the answer is the same, and its timing does not obviously tell a known username from an unknown
 * one. Waiting costs a thread for a moment, not the 16 MiB of an Argon2 hash.
 */
final class PasswordCheckTiming {

    private static final long FIRST_GUESS_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final AtomicLong averageNanos = new AtomicLong(FIRST_GUESS_NANOS);

    boolean measure(BooleanSupplier check) {
        long start = System.nanoTime();
        try {
            return check.getAsBoolean();
        } finally {
            long took = System.nanoTime() - start;
            averageNanos.updateAndGet(average -> average + (took - average) / 8);
        }
    }

    /** Waits about as long as a password check, give or take a tenth. */
    void padAsIfChecked() {
        double jitter = 0.9 + 0.2 * ThreadLocalRandom.current().nextDouble();
        long nanos = (long) (averageNanos.get() * jitter);
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
