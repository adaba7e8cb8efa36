package org.safeguardinghub.oversight.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventsRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rules for a child when events about it are recorded, inside the transaction that
 * records them: the alerts are committed with the events that raise them, or not at all, so an
 * alert is there when the sender asks and no committed event escapes the rules (ADR 0012).
 */
@Component
class ChronologyWatcher {

    private final AlertEngine engine;
    private final Clock clock;
    private final Timer evaluation;

    ChronologyWatcher(AlertEngine engine, Clock clock, MeterRegistry meters) {
        this.engine = engine;
        this.clock = clock;
        this.evaluation = Timer.builder("hub.alerts.evaluation")
                .description("Time spent evaluating alert rules as events are recorded").register(meters);
    }

    @EventListener
    public void on(EventsRecorded recorded) {
        Map<ChildId, Scope> work = new HashMap<>();
        for (EventsRecorded.Recorded event : recorded.events()) {
            work.merge(event.child(), Scope.of(event, recorded.correction()), Scope::and);
        }
        evaluation.record(() -> engine.evaluateOrDefer(work, clock.instant()));
    }
}
