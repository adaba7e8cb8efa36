package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventType;

/**
 * One alert rule: a small, named, pure function of a child's chronology. It is evaluated when an
 * event of a type it {@link #watches()} is committed for the child, and again at the time it
 * asks to be rechecked. Windows are measured between events' times, not back from today, so
 * loading a child's history raises the patterns that history holds.
 */
public interface AlertRule {

    AlertCode code();

    /** The event types whose arrival can change this rule's outcome. */
    Set<EventType> watches();

    /** Whether any significant or critical event, whatever its type, can change the outcome. */
    default boolean watchesSignificantEvents() {
        return false;
    }

    /** Whether the rule needs the child's date of birth. */
    default boolean needsDateOfBirth() {
        return false;
    }

    Evaluation evaluate(ChildFacts facts, RuleSettings settings, Instant now);

    /**
     * For rules that more events can only make truer (a count within a window): how far from a new
     * event another event can still share a window with it. Such a rule need only be given the
     * events within that reach of the new ones, and its alert grows with what it finds there.
     * Empty for rules that later events can undo (a return interview recorded late), which are
     * always given the child's whole history.
     */
    default Optional<Period> reach(RuleSettings settings) {
        return Optional.empty();
    }

    /** For rules with a reach: the reasons for an alert with this many events from this many agencies. */
    default List<Finding.Reason> describe(int events, int agencies, RuleSettings settings) {
        throw new UnsupportedOperationException(code() + " is evaluated over the whole history");
    }
}
