package org.safeguardinghub.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value counted at most once per period: gauges are read at every scrape (and by every scraper),
 * the counts they show come from the database, and a queue length a few seconds old is as useful
 * to an operator as a fresh one. Plain Java; thread-safe (a racing second count is harmless).
 */
final class CachedCounts<T> {

    private record Taken<T>(T value, Instant at) {
    }

    private final Supplier<T> count;
    private final Duration keptFor;
    private final Clock clock;
    private volatile Taken<T> last;

    CachedCounts(Supplier<T> count, Duration keptFor, Clock clock) {
        this.count = count;
        this.keptFor = keptFor;
        this.clock = clock;
    }

    /**
     * The count, taken again once the period has passed since the last, or when the clock reads
     * earlier than it did then: a clock set back (an operator's correction, a test's clock put back)
     * would otherwise keep an old count for as long as it was set back.
     */
    T get() {
        Instant now = clock.instant();
        Taken<T> taken = last;
        if (taken == null || now.isBefore(taken.at()) || !now.isBefore(taken.at().plus(keptFor))) {
            taken = new Taken<>(count.get(), now);
            last = taken;
        }
        return taken.value();
    }
}
