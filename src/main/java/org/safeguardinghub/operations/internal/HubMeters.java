package org.safeguardinghub.operations.internal;

import java.time.Clock;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.operations.OperationsProperties;
import org.safeguardinghub.operations.internal.OperationalCounts.Counts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the hub's own gauges and counters (the feed's events are counted where they are
 * answered, chronology.api.FeedMeters). Every alert code has its series from the start, at zero,
 * so a dashboard or an alerting rule does not see a code appear only once it first fires. Tags are
 * codes and outcomes only: never a child, a person or an id.
 */
@Component
class HubMeters {

    static final String ALERTS_OPEN = "safeguarding.alerts.open";
    static final String ALERTS_RAISED = "safeguarding.alerts.raised";
    static final String DECISIONS = "safeguarding.frontdoor.decisions";
    static final String AWAITING_DECISION = "safeguarding.frontdoor.contacts.awaiting.decision";
    static final String EMAILS_PENDING = "safeguarding.notifications.emails.pending";
    static final String EMAILS_FAILED = "safeguarding.notifications.emails.failed";
    static final String REVIEWS_WAITING = "safeguarding.identity.reviews.waiting";

    /** Held here: Micrometer holds a gauge's object weakly, and a collected one reads NaN. */
    private final CachedCounts<Counts> cached;

    HubMeters(OperationalCounts counts, OperationsProperties properties, Clock clock,
              ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
        this.cached = new CachedCounts<>(counts::count, properties.countsFor(), clock);
        for (AlertCode code : AlertCode.values()) {
            Gauge.builder(ALERTS_OPEN, cached, c -> c.get().alertsOpen(code.name())).tag("code", code.name())
                    .strongReference(true)
                    .description("Alerts open or acknowledged, by code").register(meters);
            FunctionCounter.builder(ALERTS_RAISED, cached, c -> c.get().alertsRaised(code.name())).tag("code", code.name())
                    .description("Alerts raised since the hub began, by code").register(meters);
        }
        FunctionCounter.builder(DECISIONS, cached, c -> c.get().decisionsOnTime()).tag("timeliness", "on_time")
                .description("Contacts whose first threshold decision was made by its deadline (one working day)")
                .register(meters);
        FunctionCounter.builder(DECISIONS, cached, c -> c.get().decisionsLate()).tag("timeliness", "late")
                .description("Contacts whose first threshold decision was made after its deadline").register(meters);
        gauge(meters, AWAITING_DECISION, "Contacts awaiting a threshold decision", cached,
                c -> c.get().contactsAwaitingDecision());
        gauge(meters, EMAILS_PENDING, "Notifications of the last day whose e-mail is not yet sent nor given up on",
                cached, c -> c.get().emailsPending());
        FunctionCounter.builder(EMAILS_FAILED, cached, c -> c.get().emailsFailed())
                .description("E-mail notifications given up on after every attempt to send them failed").register(meters);
        gauge(meters, REVIEWS_WAITING, "Possible matches waiting for a person to review", cached,
                c -> c.get().identityReviewsWaiting());
    }

    private static void gauge(MeterRegistry meters, String name, String description, CachedCounts<Counts> cached,
                              ToDoubleFunction<CachedCounts<Counts>> value) {
        Gauge.builder(name, cached, value).description(description).strongReference(true).register(meters);
    }
}
