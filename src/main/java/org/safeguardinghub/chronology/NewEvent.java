package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.access.Sensitivity;

/**
 * An event a module records in a child's chronology, as a typed command: the same fields a partner
 * sends (spec/event-feed.md), checked by the same rules. {@code details} holds the type's detail
 * fields by their contract names; values are text, numbers, yes/no, times or lists of text.
 */
public record NewEvent(EventType type, Instant occurredAt, Instant endedAt, String summary, Significance significance,
                       Sensitivity sensitivity, Map<String, Object> details) {

    public NewEvent {
        details = details == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(details));
        details.values().forEach(NewEvent::checkDetail);
    }

    /** A routine, standard note. */
    public static NewEvent note(Instant occurredAt, String summary) {
        return new NewEvent(EventType.NOTE, occurredAt, null, summary, Significance.ROUTINE, Sensitivity.STANDARD, Map.of());
    }

    public NewEvent withSignificance(Significance other) {
        return new NewEvent(type, occurredAt, endedAt, summary, other, sensitivity, details);
    }

    public NewEvent withSensitivity(Sensitivity other) {
        return new NewEvent(type, occurredAt, endedAt, summary, significance, other, details);
    }

    public NewEvent withDetails(Map<String, Object> other) {
        return new NewEvent(type, occurredAt, endedAt, summary, significance, sensitivity, other);
    }

    private static void checkDetail(Object value) {
        boolean plain = value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Instant;
        boolean texts = value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String);
        if (!plain && !texts) {
            throw new IllegalArgumentException("an event detail is text, a number, yes/no, a time or a list of text: "
                    + value);
        }
    }
}
