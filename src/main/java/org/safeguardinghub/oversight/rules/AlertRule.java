package org.safeguardinghub.oversight.rules;

import java.time.Instant;
import java.util.Set;

import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.oversight.AlertCode;

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
}
