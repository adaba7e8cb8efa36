package org.safeguardinghub.notifications.internal;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox as operators watch it (ADR 0033): how many e-mails are waiting (queued, held by
 * a relay, or waiting for a retry) and how many were given up on after every attempt failed. Read
 * from the database when the metrics are read, so every node reports the same figures.
 */
@Component
class EmailOutboxMetrics {

    EmailOutboxMetrics(MeterRegistry meters, NotificationStore store, Clock clock) {
        Gauge.builder("hub.notifications.email.failed", store, NotificationStore::failedCount)
                .description("E-mail notifications marked failed after every attempt to send them failed")
                .register(meters);
        Gauge.builder("hub.notifications.email.pending", store,
                        s -> s.pendingCount(clock.instant().minus(Duration.ofDays(1))))
                .description("E-mail notifications of the last day not yet sent")
                .register(meters);
    }
}
