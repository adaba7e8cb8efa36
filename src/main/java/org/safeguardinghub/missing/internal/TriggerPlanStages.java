package org.safeguardinghub.missing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.safeguardinghub.missing.TriggerPlan;

/**
 * Which stage of the child's trigger plan a live episode has reached: the last stage whose time has
 * come (a stage at 2 hours applies from the second the two hours are up), and the next one with the
 * time until it. Before the first stage no stage applies yet. Plain Java.
 */
public final class TriggerPlanStages {

    /** Where an episode stands in the plan, with the message key that says so. */
    public record Position(Duration elapsed, Optional<TriggerPlan.Stage> current, Optional<TriggerPlan.Stage> next,
                           Duration untilNext, String reasonKey) {
    }

    private TriggerPlanStages() {
    }

    public static Position at(TriggerPlan plan, Instant startedAt, Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        Optional<TriggerPlan.Stage> current = Optional.empty();
        Optional<TriggerPlan.Stage> next = Optional.empty();
        for (TriggerPlan.Stage stage : plan.stages()) {
            if (stage.after().compareTo(elapsed) <= 0) {
                current = Optional.of(stage);
            } else {
                next = Optional.of(stage);
                break;
            }
        }
        Duration sinceStart = elapsed;
        Duration untilNext = next.map(s -> s.after().minus(sinceStart)).orElse(Duration.ZERO);
        String reason = current.isEmpty() ? "missing.stage.reason.before"
                : next.isEmpty() ? "missing.stage.reason.last" : "missing.stage.reason.reached";
        return new Position(elapsed, current, next, untilNext, reason);
    }
}
