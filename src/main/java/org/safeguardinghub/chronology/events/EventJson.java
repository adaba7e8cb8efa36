package org.safeguardinghub.chronology.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link NewEvent} in the feed's format, so that events recorded inside the application meet
 * exactly the rules partners' events meet ({@link EventValidator}). Only this module writes it.
 */
public final class EventJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventJson() {
    }

    /** An entry for a known child: no eventId, no subject. */
    public static ObjectNode entry(NewEvent event) {
        ObjectNode node = NODES.objectNode();
        node.put("type", event.type().name());
        node.put("occurredAt", event.occurredAt().toString());
        if (event.endedAt() != null) {
            node.put("endedAt", event.endedAt().toString());
        }
        node.put("summary", event.summary());
        node.put("significance", event.significance().name());
        node.put("sensitivity", event.sensitivity().name());
        if (!event.details().isEmpty()) {
            ObjectNode details = node.putObject("details");
            event.details().forEach((name, value) -> details.set(name, value(value)));
        }
        return node;
    }

    /** An event about a subject, under the sending agency's own eventId. */
    public static ObjectNode event(String eventId, Subject subject, NewEvent event) {
        ObjectNode node = NODES.objectNode();
        node.put("eventId", eventId);
        node.set("subject", subject(subject));
        node.setAll(entry(event));
        return node;
    }

    private static ObjectNode subject(Subject s) {
        ObjectNode node = NODES.objectNode();
        node.put("nhsNumber", s.nhsNumber());
        node.put("upn", s.upn());
        node.put("localId", s.localId());
        node.put("givenName", s.givenName());
        node.put("familyName", s.familyName());
        node.put("dateOfBirth", s.dateOfBirth() == null ? null : s.dateOfBirth().toString());
        node.put("sex", s.sex());
        node.put("postcode", s.postcode());
        node.put("address", s.address());
        return node;
    }

    private static JsonNode value(Object value) {
        return switch (value) {
            case String text -> NODES.textNode(text);
            case Boolean flag -> NODES.booleanNode(flag);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Number number -> NODES.numberNode(number.doubleValue());
            case Instant time -> NODES.textNode(time.toString());
            case LocalDate day -> NODES.textNode(day.toString());
            case List<?> list -> list(list);
            default -> throw new IllegalArgumentException("not an event detail: " + value);
        };
    }

    private static ArrayNode list(List<?> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(String.valueOf(v)));
        return array;
    }
}
