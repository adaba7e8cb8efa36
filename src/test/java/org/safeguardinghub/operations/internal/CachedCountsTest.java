package org.safeguardinghub.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedCountsTest {

    private Instant now = Instant.parse("2026-12-07T09:00:00Z");
    private final AtomicInteger counted = new AtomicInteger();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final CachedCounts<Integer> counts = new CachedCounts<>(counted::incrementAndGet, Duration.ofSeconds(30), clock);

    @Test
    void countsOnFirstReadOnly() {
        assertThat(counts.get()).isEqualTo(1);
        assertThat(counts.get()).isEqualTo(1);
        assertThat(counted).hasValue(1);
    }

    @Test
    void keepsTheCountUntilThePeriodEndsAndCountsAgainThen() {
        counts.get();
        now = now.plus(Duration.ofSeconds(30)).minusNanos(1);
        assertThat(counts.get()).isEqualTo(1);
        now = now.plusNanos(1);
        assertThat(counts.get()).isEqualTo(2);
        assertThat(counts.get()).isEqualTo(2);
    }

    @Test
    void aClockSetBackCountsAgainAtOnce() {
        now = now.plus(Duration.ofHours(3));
        counts.get();
        now = now.minus(Duration.ofHours(3));
        assertThat(counts.get()).as("not kept for the three hours the clock went back").isEqualTo(2);
        now = now.plusNanos(1);
        assertThat(counts.get()).as("then kept for its period as usual").isEqualTo(2);
        now = now.minusNanos(2);
        assertThat(counts.get()).as("even a nanosecond back counts again").isEqualTo(3);
    }

    @Test
    void aPeriodOfZeroCountsAtEveryRead() {
        CachedCounts<Integer> always = new CachedCounts<>(counted::incrementAndGet, Duration.ZERO, clock);
        assertThat(always.get()).isEqualTo(1);
        assertThat(always.get()).isEqualTo(2);
    }
}
