package org.safeguardinghub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.safeguardinghub.shared.HubTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real time in Europe/London, moved on by
 * {@link #advance} so a test can let hours or days pass (a deadline, a drifting plan, a 72-hour
 * return interview) without waiting. Every integration test shares one application, so a test
 * that advances the clock puts it back with {@link #reset} in {@code @AfterEach}. Only the
 * application's {@link Clock} moves: SQL's {@code now()} does not.
 */
public final class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private final ZoneId zone;

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the application's time on by this much (cumulative). */
    public static void advance(Duration by) {
        OFFSET.updateAndGet(offset -> offset.plus(by));
    }

    /** Back to the real time. */
    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(OFFSET.get());
    }

    /** Replaces the application's clock in the shared integration-test application. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        Clock testClock() {
            return new TestClock(HubTime.ZONE);
        }
    }
}
