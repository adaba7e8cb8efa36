package org.safeguardinghub.chronology.api;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.safeguardinghub.chronology.EventFeed;
import org.springframework.stereotype.Component;

/**
 * The feed's ingest rate for an operator (issue 18, "Operations"): events answered, by partner
 * system (its client id, a system's name, never a person's) and by outcome. A rise in REJECTED for
 * one system is the first sign its integration broke.
 */
@Component
class FeedMeters {

    static final String EVENTS = "safeguarding.feed.events";

    private final MeterRegistry meters;

    FeedMeters(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    void answered(String system, List<EventFeed.Result> results) {
        for (EventFeed.Status status : EventFeed.Status.values()) {
            long count = results.stream().filter(r -> r.status() == status).count();
            if (count > 0) {
                Counter.builder(EVENTS).description("Feed events answered, by partner system and outcome")
                        .tag("system", system).tag("outcome", status.name().toLowerCase(java.util.Locale.ROOT))
                        .register(meters).increment(count);
            }
        }
    }
}
